import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { mergeEntries } from './exchange';
import { readEntries, readEntryPages } from './load';
import { openHistory } from './open';
import { entryAt, freshDbName } from './testing/samples';
import type { HistoryEntry } from './types';

const T = 1_700_000_000_000;

describe('reading entries a page at a time (what keeps the report responsive with a million)', () => {
  it('hands every entry on once, oldest first, across pages that end inside a run of equal times', {
    timeout: 60_000,
  }, async () => {
    // 1,998 entries, then 2,501 at one millisecond (more than a page), then 3,000 more: pages end mid-run.
    const entries: HistoryEntry[] = [
      ...Array.from({ length: 1998 }, (_, i) => entryAt(T + i, 50, { key: `a${i}` })),
      ...Array.from({ length: 2501 }, (_, i) => entryAt(T + 2000, 60, { key: `b${i}`, site: 'slack' })),
      ...Array.from({ length: 3000 }, (_, i) => entryAt(T + 6000 + i, 70, { key: `c${i}` })),
    ];
    const db = await openHistory(freshDbName());
    await mergeEntries(db, entries);
    const pages: HistoryEntry[][] = [];
    await readEntryPages(db, 0, undefined, (page) => pages.push(page));
    expect(pages.length).toBeGreaterThan(2);
    expect(Math.max(...pages.map((p) => p.length))).toBeLessThanOrEqual(2501);
    const read = pages.flat();
    expect(read.map((e) => e.key)).toEqual((await readEntries(db)).map((e) => e.key));
    expect(new Set(read.map((e) => e.key)).size).toBe(entries.length);

    const slack: HistoryEntry[] = [];
    await readEntryPages(db, 0, 'slack', (page) => slack.push(...page));
    expect(slack.map((e) => e.key).sort()).toEqual(
      entries
        .filter((e) => e.site === 'slack')
        .map((e) => e.key)
        .sort(),
    );
    expect(slack).toHaveLength(2501);
  });

  it('reads an empty history as no entries', async () => {
    const db = await openHistory(freshDbName());
    const pages: HistoryEntry[][] = [];
    await readEntryPages(db, 0, undefined, (page) => pages.push(page));
    expect(pages.flat()).toEqual([]);
  });
});
