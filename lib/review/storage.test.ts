import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { findPendingReview, holdPendingReview } from './pending';
import type { PendingReview } from './types';

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
