import { describe, expect, it } from 'vitest';
import { Lru } from './lru';

describe('Lru', () => {
  it('keeps at least the last `limit` keys it saw, and never more than twice that', () => {
    const cache = new Lru<number, string>(100);
    for (let key = 0; key < 1000; key++) {
      cache.set(key, `v${key}`);
      expect(cache.size).toBeLessThanOrEqual(200);
    }
    for (let key = 900; key < 1000; key++) expect(cache.get(key)).toBe(`v${key}`);
    expect(cache.get(0)).toBeUndefined();
  });

  it('keeps a key that is read while others come and go', () => {
    const cache = new Lru<string, number>(10);
    cache.set('hot', 1);
    for (let i = 0; i < 500; i++) {
      cache.set(`cold${i}`, i);
      expect(cache.get('hot')).toBe(1);
    }
    cache.clear();
    expect([cache.size, cache.get('hot')]).toEqual([0, undefined]);
  });
});
