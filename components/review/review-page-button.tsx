import { useState } from 'preact/hooks';
import { startPageReview } from '../../lib/review/start';

/** The popup opened as a page (`popup.html?tab=<id>`) reviews that tab instead of the active one. */
function tabFromUrl(): number | undefined {
  const tab = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(tab) && tab > 0 ? tab : undefined;
}

/**
 * The popup's "Review this page" button. `?tab=` wins over `tabId`: a popup opened as a page is itself the
 * active tab, so the tab it was asked about can only come from its URL.
 */
export function ReviewPageButton({ tabId }: { tabId?: number }) {
  const [error, setError] = useState('');
  const review = () =>
    startPageReview(tabFromUrl() ?? tabId).then(
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
