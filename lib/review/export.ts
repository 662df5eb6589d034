import { formatDay } from '../analysis/facts/format-date';
import type { ActionItem, DocumentReview, When } from './types';

/**
 * The "when" column in words: the day as the cards write dates ("Fri 21 Mar"), with its year when that is not
 * `year` (the year the document was read in), or why there is none.
 */
export function whenLabel(when: When, year?: number): string {
  switch (when.state) {
    case 'date': {
      const day = when.date.slice(0, 10);
      const dayYear = Number(day.slice(0, 4));
      return dayYear === year ? formatDay(day) : `${formatDay(day)} ${dayYear}`;
    }
    case 'vague':
      return `vague ("${when.words}")`;
    case 'unresolved':
      return `"${when.words}" (no exact date)`;
    case 'none':
      return 'no deadline';
  }
}

export function whoLabel(item: ActionItem): string {
  return item.who ?? 'no owner';
}

// Markdown specials in the ask's own words would otherwise turn into links or emphasis in the pasted list.
const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]<>|#])/g, '\\$1');

/** The year a review's document was read in: dates in that year are written without it. */
export const reviewYear = (review: DocumentReview) => new Date(review.extractedAt).getUTCFullYear();

/**
 * The checklist as a Markdown task list, ready to paste into a ticket or a doc; the asks whose `start` is in
 * `done` are ticked (`- [x]`), as the user ticked them on the review page.
 */
export function checklistMarkdown(review: DocumentReview, done: ReadonlySet<number> = new Set()): string {
  const lines = [`## Action items — ${escapeMarkdown(review.title)}`, '', `Source: ${review.url}`, ''];
  if (review.items.length === 0) lines.push('_No asks found._');
  for (const item of review.items) {
    lines.push(
      `- [${done.has(item.start) ? 'x' : ' '}] ${escapeMarkdown(item.what)} — **who:** ${whoLabel(item)} · **when:** ${escapeMarkdown(whenLabel(item.when, reviewYear(review)))}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The review as a versioned JSON document, for other tools. */
export function reviewJson(review: DocumentReview): string {
  const items = review.items.map((item) => ({
    what: item.what,
    kind: item.kind,
    who: item.who,
    when: item.when,
    start: item.start,
    end: item.end,
  }));
  const findings = review.findings.map(({ rule, category, severity, message, start, end, excerpt }) => ({
    rule,
    category,
    severity,
    message,
    start,
    end,
    excerpt,
  }));
  const { title, url, source, extractedAt, score, words } = review;
  return `${JSON.stringify({ format: 'clearsend-review', version: 1, title, url, source, extractedAt, score, words, items, findings }, null, 2)}\n`;
}
