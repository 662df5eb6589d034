import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { findPendingReview, holdPendingReview } from './pending';
import { listSavedReviews, saveReview } from './saved';
import type { DocumentReview, PendingReview } from './types';

const pending = (id: string): PendingReview => ({
  id,
  tabId: 7,
  result: { ok: false, url: `https://example.com/${id}`, message: 'nothing here' },
});

beforeEach(() => fakeBrowser.reset());

describe('pending reviews (storage.session, in memory)', () => {
  it('hands the review page the extraction held for its id', async () => {
    await holdPendingReview(pending('a'));
    await holdPendingReview(pending('b'));
    expect((await findPendingReview('a'))?.result.url).toBe('https://example.com/a');
    expect(await findPendingReview('missing')).toBeUndefined();
  });

  it('keeps only the latest few, never in local storage', async () => {
    for (const id of ['1', '2', '3', '4', '5', '6']) await holdPendingReview(pending(id));
    expect(await findPendingReview('1')).toBeUndefined();
    expect(await findPendingReview('6')).toBeDefined();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

describe('saved reviews', () => {
  const review: DocumentReview = {
    title: 'Week 12',
    url: 'https://docs.example.com/w12',
    source: 'article',
    extractedAt: '2031-03-08T09:00:00.000Z',
    score: 80,
    words: 100,
    items: [],
    findings: [],
  };

  it('are written only by saveReview, and saving twice keeps one copy', async () => {
    expect(await listSavedReviews()).toEqual([]);
    await saveReview('r1', review, new Date('2031-03-09T10:00:00Z'));
    await saveReview('r1', { ...review, score: 81 }, new Date('2031-03-09T10:05:00Z'));
    const saved = await listSavedReviews();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ id: 'r1', score: 81, savedAt: '2031-03-09T10:05:00.000Z' });
  });
});
