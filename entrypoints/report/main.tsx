import { render } from 'preact';
import { ReportApp } from '../../components/history/report-app';
import { listRules } from '../../lib/analysis/registry';
import '../../components/common/theme.css';
import '../../components/charts/charts.css';
import '../../components/history/report.css';

render(<ReportApp rules={listRules()} />, document.getElementById('app') as HTMLElement);
