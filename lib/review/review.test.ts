import { describe, expect, it } from 'vitest';
import { fakeReport } from '../../tests/helpers/fake-report';
import { type AnalyzeFn, reviewDocument } from './review';
import type { Extraction } from './types';

const extraction: Extraction = {
  ok: true,
  source: 'notion',
  title: 'Launch checklist',
  url: 'https://www.notion.so/acme/Launch-checklist-1a2b',
  extractedAt: '2031-07-01T08:00:00.000Z',
  blocks: [
    { kind: 'heading', text: 'Before launch' },
    { kind: 'paragraph', text: 'Rosa, please confirm the press embargo time by July 8, 2031.' },
  ],
};

describe('reviewDocument', () => {
  it('analyses the whole document as one page draft and quotes each finding', () => {
    const seen: Parameters<AnalyzeFn>[0][] = [];
    const analyze: AnalyzeFn = (draft) => {
      seen.push(draft);
      const report = fakeReport(
        draft.text,
        [{ ask: 'Rosa, please confirm the press embargo time', who: 'Rosa' }],
        88,
      );
      const start = draft.text.indexOf('press embargo');
      report.findings.push({
        rule: 'undefined-acronym',
        category: 'context',
        severity: 'info',
        start,
        end: start + 13,
        message: 'm',
      });
      return report;
    };
    const review = reviewDocument(extraction, analyze);
    expect(seen[0]).toMatchObject({ site: 'text', kind: 'page', channel: 'Launch checklist' });
    expect(review).toMatchObject({ score: 88, source: 'notion', words: 13 });
    expect(review.findings[0]?.excerpt).toBe('press embargo');
    expect(review.items[0]?.who).toBe('Rosa');
    expect(review.limits).toBeUndefined();
  });

  it('tells the reader when only the first part of a long document was read', () => {
    const analyze: AnalyzeFn = (draft) => ({
      ...fakeReport(draft.text, []),
      limits: { truncatedAt: 10, message: 'Only the first 5,000 words were checked.' },
    });
    const review = reviewDocument({ ...extraction, truncated: true }, analyze);
    expect(review.limits).toBe(
      'This document is very long: only its first part was read. Only the first 5,000 words were checked.',
    );
  });
});
