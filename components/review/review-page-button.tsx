import { useState } from 'preact/hooks';
import { startPageReview } from '../../lib/review/start';

/** The popup opened as a page (`popup.html?tab=<id>`) reviews that tab instead of the active one. */
function tabFromUrl(): number | undefined {
  const tab = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(tab) && tab > 0 ? tab : undefined;
}

/** The popup's "Review this page" button: one line in the popup, `<ReviewPageButton />`. */
export function ReviewPageButton({ tabId = tabFromUrl() }: { tabId?: number }) {
  const [error, setError] = useState('');
  const review = () =>
    startPageReview(tabId).then(
      () => window.close(),
      (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)),
    );
  return (
    <div class="review-page">
      <button type="button" onClick={review}>
        Review this page
      </button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
