import { useState } from 'preact/hooks';
import { reviewYear } from '../../lib/review/export';
import type { ActionItem, DocumentReview } from '../../lib/review/types';
import { ActionItemList } from './action-item-list';
import { FindingsList } from './findings-list';
import { ReviewToolbar } from './review-toolbar';

interface Props {
  review: DocumentReview;
  onJump: (item: ActionItem) => void;
  jumpStatus: string;
}

const SOURCES = { article: 'Page', gmail: 'Gmail thread', notion: 'Notion page' } as const;

/** The review: score, the asks as a checklist the user ticks off (kept while the page is open), the findings. */
export function ReviewReport({ review, onJump, jumpStatus }: Props) {
  const [done, setDone] = useState<ReadonlySet<number>>(new Set());
  const toggle = (item: ActionItem, ticked: boolean) =>
    setDone((before) => {
      const next = new Set(before);
      if (ticked) next.add(item.start);
      else next.delete(item.start);
      return next;
    });
  const unowned = review.items.filter((item) => !item.who).length;
  const undated = review.items.filter((item) => item.when.state !== 'date').length;
  return (
    <main class="review">
      <header>
        <p class="kicker">
          Clearsend review · {SOURCES[review.source]} · {review.words} words
        </p>
        <h1>{review.title}</h1>
        <p class="source">{review.url}</p>
        <p class="score">
          Clarity score <strong>{review.score}</strong>/100
        </p>
        {review.limits && <p class="notice">{review.limits}</p>}
      </header>
      <ReviewToolbar review={review} done={done} />
      <section aria-labelledby="items-heading">
        <h2 id="items-heading">Action items ({review.items.length})</h2>
        <p class="summary">
          {done.size} of {review.items.length} done · {unowned} without an owner · {undated} without a firm
          date
        </p>
        <p class="jump-status" role="status">
          {jumpStatus}
        </p>
        <ActionItemList
          items={review.items}
          done={done}
          year={reviewYear(review)}
          onToggle={toggle}
          onJump={onJump}
        />
      </section>
      <section aria-labelledby="findings-heading">
        <h2 id="findings-heading">Findings ({review.findings.length})</h2>
        <FindingsList findings={review.findings} />
      </section>
      <p class="private">
        Read on this device only. Nothing is kept: copy the checklist or export the review to keep it.
      </p>
    </main>
  );
}
