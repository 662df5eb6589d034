import { useEffect, useState } from 'preact/hooks';
import type { AnalysisConfig, DraftKind } from '../../lib/analysis/types';
import { draftKindFor } from '../../lib/review/draft';
import { type JumpOutcome, jumpInTab } from '../../lib/review/jump';
import { findPendingReview } from '../../lib/review/pending';
import { type AnalyzeFn, reviewDocument } from '../../lib/review/review';
import type { ActionItem, DocumentReview } from '../../lib/review/types';
import { ReviewReport } from './review-report';

export interface ReviewPorts {
  analyze: AnalyzeFn;
  /** The user's active settings for a document review; analysis runs with defaults when they can't be read. */
  loadConfig: (kind: DraftKind) => Promise<AnalysisConfig | undefined>;
}

type State =
  | { phase: 'loading' }
  | { phase: 'failed'; message: string; url?: string }
  | { phase: 'ready'; review: DocumentReview; tabId: number };

const GONE = 'This review is no longer in memory (the browser was restarted). Review the page again.';
const JUMP_MESSAGES: Record<JumpOutcome, string> = {
  found: '',
  'not-found': "That sentence isn't on the page any more: it may have been edited since the review.",
  'tab-gone':
    'The reviewed tab was closed or has moved to another page. Review it again to jump to its asks.',
};

/** The review page: reads the extraction held for `reviewId`, analyses it here, and shows the checklist. */
export function ReviewApp({ reviewId, ports }: { reviewId: string; ports: ReviewPorts }) {
  const [state, setState] = useState<State>({ phase: 'loading' });
  const [jumpStatus, setJumpStatus] = useState('');

  useEffect(() => {
    void (async () => {
      const pending = await findPendingReview(reviewId);
      if (!pending) return setState({ phase: 'failed', message: GONE });
      if (!pending.result.ok) return setState({ phase: 'failed', ...pending.result });
      const config = await ports.loadConfig(draftKindFor(pending.result.source)).catch(() => undefined);
      const review = reviewDocument(pending.result, ports.analyze, config);
      document.title = `Review: ${review.title}`;
      setState({ phase: 'ready', review, tabId: pending.tabId });
    })();
  }, [reviewId, ports]);

  if (state.phase === 'loading') return <p class="loading">Reading the page…</p>;
  if (state.phase === 'failed') {
    return (
      <main class="review">
        <h1>Clearsend review</h1>
        <p class="notice" role="alert">
          {state.message}
        </p>
        {state.url && <p class="source">{state.url}</p>}
      </main>
    );
  }
  const jump = (item: ActionItem) =>
    jumpInTab(state.tabId, item.what, item.block).then((outcome) => setJumpStatus(JUMP_MESSAGES[outcome]));
  return <ReviewReport review={state.review} onJump={jump} jumpStatus={jumpStatus} />;
}
