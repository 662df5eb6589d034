import { describe, expect, it } from 'vitest';
import { checklistMarkdown, reviewJson, whenLabel } from './export';
import type { DocumentReview } from './types';

const review: DocumentReview = {
  title: 'Week 12 *status*',
  url: 'https://docs.example.com/w12',
  source: 'article',
  extractedAt: '2031-03-08T09:00:00.000Z',
  score: 74,
  words: 310,
  items: [
    {
      what: 'Marco, can you review the rollback plan by March 21, 2031?',
      kind: 'question',
      who: 'Marco',
      when: { state: 'date', date: '2031-03-21', words: 'by March 21, 2031' },
      block: 'Marco, can you review the rollback plan by March 21, 2031?',
      start: 40,
      end: 98,
    },
    {
      what: 'Please update the [runbook](x).',
      kind: 'task',
      who: null,
      when: { state: 'none' },
      block: 'Please update the [runbook](x).',
      start: 100,
      end: 131,
    },
    {
      what: 'Dana, please decide on the CDN vendor soon.',
      kind: 'task',
      who: 'Dana',
      when: { state: 'vague', words: 'soon' },
      block: 'Dana, please decide on the CDN vendor soon.',
      start: 140,
      end: 183,
    },
  ],
  findings: [
    {
      rule: 'vague-deadline',
      category: 'deadline',
      severity: 'warning',
      start: 178,
      end: 182,
      message: '"soon" is not a date.',
      excerpt: 'soon',
    },
  ],
};

describe('checklistMarkdown', () => {
  const markdown = checklistMarkdown(review);

  it('writes one unchecked task per ask with who and when', () => {
    const tasks = markdown.split('\n').filter((line) => line.startsWith('- [ ] '));
    expect(tasks).toHaveLength(3);
    expect(tasks[0]).toContain('**who:** Marco · **when:** Fri 21 Mar');
    expect(tasks[1]).toContain('**who:** no owner · **when:** no deadline');
    expect(tasks[2]).toContain('**when:** vague ("soon")');
  });

  it('escapes the document’s own Markdown so it pastes as plain words', () => {
    expect(markdown).toContain('Week 12 \\*status\\*');
    expect(markdown).toContain('Please update the \\[runbook\\](x).');
  });

  it('ticks the asks the user ticked', () => {
    const ticked = checklistMarkdown(review, new Set([100]));
    expect(ticked.split('\n').filter((line) => line.startsWith('- ['))).toEqual([
      expect.stringMatching(/^- \[ \] Marco/),
      expect.stringMatching(/^- \[x\] Please update/),
      expect.stringMatching(/^- \[ \] Dana/),
    ]);
  });

  it('says so when there is nothing to do', () => {
    expect(checklistMarkdown({ ...review, items: [] })).toContain('_No asks found._');
  });
});

describe('reviewJson', () => {
  it('round-trips the asks, owners, dates and findings, without the page blocks', () => {
    const parsed = JSON.parse(reviewJson(review));
    expect(parsed).toMatchObject({ format: 'clearsend-review', version: 1, score: 74, title: review.title });
    expect(parsed.items.map((item: { who: string | null }) => item.who)).toEqual(['Marco', null, 'Dana']);
    expect(parsed.items[0].when).toEqual(review.items[0]?.when);
    expect(parsed.items[0].block).toBeUndefined();
    expect(parsed.findings[0]).toMatchObject({ rule: 'vague-deadline', excerpt: 'soon' });
  });
});

describe('whenLabel', () => {
  it('shows a date-time deadline as its day', () => {
    expect(whenLabel({ state: 'date', date: '2031-03-21T17:00:00Z', words: 'by 5pm' }, 2031)).toBe(
      'Fri 21 Mar',
    );
    expect(whenLabel({ state: 'date', date: '2031-03-21', words: 'by March 21, 2031' }, 2026)).toBe(
      'Fri 21 Mar 2031',
    );
    expect(whenLabel({ state: 'unresolved', words: 'next sprint' })).toBe('"next sprint" (no exact date)');
  });
});
