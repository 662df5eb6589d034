import { useState } from 'preact/hooks';
import { checklistMarkdown, reviewJson } from '../../lib/review/export';
import type { DocumentReview } from '../../lib/review/types';
import { download } from '../common/download';

const fileName = (title: string) =>
  `clearsend-review-${
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'page'
  }.json`;

/** Copy and export: a review is kept only as a file the user downloads (nothing is written to storage). */
export function ReviewToolbar({
  review,
  done,
}: {
  review: DocumentReview;
  /** The asks ticked off on the page, ticked in the copied list too. */
  done: ReadonlySet<number>;
}) {
  const [status, setStatus] = useState('');
  const copy = () =>
    navigator.clipboard.writeText(checklistMarkdown(review, done)).then(
      () => setStatus('Copied as a Markdown task list.'),
      () => setStatus('Could not copy: the browser refused access to the clipboard.'),
    );
  return (
    <div class="toolbar">
      <button type="button" onClick={copy}>
        Copy as Markdown task list
      </button>
      <button
        type="button"
        onClick={() => download(fileName(review.title), reviewJson(review), 'application/json')}
      >
        Export JSON
      </button>
      <output>{status}</output>
    </div>
  );
}
