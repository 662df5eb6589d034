import { describe, expect, it } from 'vitest';
import { fakeReport } from '../../tests/helpers/fake-report';
import { buildActionItems, describeWhen } from './action-items';
import { draftFromExtraction } from './draft';
import type { Extraction } from './types';

const extraction: Extraction = {
  ok: true,
  source: 'article',
  title: 'Week 12',
  url: 'https://docs.example.com/w12',
  extractedAt: '2031-03-08T09:00:00.000Z',
  blocks: [
    { kind: 'heading', text: 'Rollback plan' },
    {
      kind: 'paragraph',
      text: 'It takes eleven minutes. Marco, can you review the rollback plan by March 21, 2031?',
    },
    { kind: 'paragraph', text: 'Please update the on-call runbook.' },
    { kind: 'heading', text: 'Risks' },
    { kind: 'paragraph', text: 'Dana, please decide on the CDN vendor soon.' },
    { kind: 'paragraph', text: 'Lee, should the export include deleted entries?' },
  ],
};
const { draft, blocks } = draftFromExtraction(extraction);
// Given out of order on purpose: the checklist follows the document.
const report = fakeReport(draft.text, [
  { ask: 'Dana, please decide on the CDN vendor soon.', who: 'Dana', when: 'soon', vague: true },
  { ask: 'Please update the on-call runbook.' },
  {
    ask: 'Marco, can you review the rollback plan by March 21, 2031?',
    who: 'Marco',
    when: 'by March 21, 2031',
    date: '2031-03-21',
  },
  { ask: 'Lee, should the export include deleted entries?', kind: 'question', who: 'Lee' },
]);
const items = buildActionItems(report, blocks);

describe('buildActionItems', () => {
  it('lists every ask in reading order', () => {
    expect(items.map((item) => item.what)).toEqual([
      'Marco, can you review the rollback plan by March 21, 2031?',
      'Please update the on-call runbook.',
      'Dana, please decide on the CDN vendor soon.',
      'Lee, should the export include deleted entries?',
    ]);
  });

  it('names the owner, or none', () => {
    expect(items.map((item) => item.who)).toEqual(['Marco', null, 'Dana', 'Lee']);
  });

  it('gives the date, or says the deadline is vague or missing', () => {
    expect(items.map((item) => item.when.state)).toEqual(['date', 'none', 'vague', 'none']);
    expect(items[0]?.when).toEqual({ state: 'date', date: '2031-03-21', words: 'by March 21, 2031' });
  });

  it('remembers the whole block of each ask, for finding it again in the page', () => {
    expect(items[0]?.block).toBe(
      'It takes eleven minutes. Marco, can you review the rollback plan by March 21, 2031?',
    );
    for (const item of items) expect(draft.text.slice(item.start, item.end)).toBe(item.what);
  });
});

describe('buildActionItems across blocks', () => {
  it('never takes an owner or a date from another paragraph', () => {
    const report = fakeReport(draft.text, [
      {
        ask: 'Please update the on-call runbook.',
        who: 'Marco',
        when: 'by March 21, 2031',
        date: '2031-03-21',
      },
    ]);
    const [item] = buildActionItems(report, blocks);
    expect(item).toMatchObject({ who: null, when: { state: 'none' } });
  });
});

describe('describeWhen', () => {
  it('keeps the words of a deadline that names no date', () => {
    expect(describeWhen({ start: 0, end: 9, text: 'next week', vague: false })).toEqual({
      state: 'unresolved',
      words: 'next week',
    });
  });
});
