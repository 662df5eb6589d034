import { render } from 'preact';
import { ReviewApp, type ReviewPorts } from '../../components/review/review-app';
import { analyze } from '../../lib/analysis/analyze';
import { activeConfigFor } from '../../lib/settings';
import '../../components/common/theme.css';
import './review.css';

// The review page analyses in its own (extension) context: the reviewed page never runs the engine.
const ports: ReviewPorts = { analyze, loadConfig: (kind) => activeConfigFor({ site: 'text', kind }) };
const reviewId = new URLSearchParams(location.search).get('id') ?? '';
render(<ReviewApp reviewId={reviewId} ports={ports} />, document.getElementById('app') as HTMLElement);
