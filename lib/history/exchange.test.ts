import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { historyToCsv } from './csv';
import { exportHistory, mergeEntries, parseHistoryExport } from './exchange';
import { openHistory } from './open';
import { entryAt, freshDbName } from './testing/samples';
import type { HistoryEntry } from './types';

// 12,000 entries through fake-indexeddb take 2-6 s on a busy 2-core machine: past vitest's default 5 s.
const BIG_FILE = { timeout: 30_000 };

const entries = [
  entryAt(1_700_000_000_000, 64, {
    key: 'gmail:Q3, "final":a:1',
    kind: 'email',
    categories: { deadline: 1, context: 1 },
    rules: { 'vague-deadline': 1, 'dangling-reference': 1 },
    fixes: 1,
  }),
  entryAt(1_700_000_100_000, 100, { site: 'slack', kind: 'dm' }),
];

describe('export and import', () => {
  it('round-trips: an export imported into an empty history gives the same entries', async () => {
    const source = await openHistory(freshDbName());
    await mergeEntries(source, entries);
    const file = JSON.stringify(exportHistory(await source.getAll('entries'), Date.now()));
    const parsed = await parseHistoryExport(file);
    expect(parsed.ok).toBe(true);
    const target = await openHistory(freshDbName());
    await mergeEntries(target, parsed.ok ? parsed.entries : []);
    expect(await target.getAllFromIndex('entries', 'time')).toEqual(
      await source.getAllFromIndex('entries', 'time'),
    );
  });

  it('merges without duplicates: importing the same file twice adds nothing the second time', async () => {
    const db = await openHistory(freshDbName());
    await mergeEntries(db, [entries[0]!]);
    expect(await mergeEntries(db, entries)).toEqual({ added: 1, skipped: 1 });
    expect(await mergeEntries(db, entries)).toEqual({ added: 0, skipped: 2 });
    expect(await db.count('entries')).toBe(2);
  });

  it.each([
    ['not json', 'not JSON'],
    [JSON.stringify({ format: 'other', version: 1, exportedAt: '', entries: [] }), 'format:'],
    [
      JSON.stringify({
        ...exportHistory(entries, Date.now()),
        entries: [entries[0], { ...entries[1], score: 140 }],
      }),
      'entries[1].score:',
    ],
    [
      JSON.stringify({ ...exportHistory(entries, Date.now()), entries: [{ ...entries[0], site: 'teams' }] }),
      'entries[0].site:',
    ],
    [
      JSON.stringify({
        ...exportHistory(entries, Date.now()),
        entries: [{ ...entries[0], rules: { x: -1 } }],
      }),
      'entries[0].rules.x:',
    ],
  ])('refuses a bad file with the bad field named, and changes nothing (%#)', async (file, named) => {
    const db = await openHistory(freshDbName());
    await mergeEntries(db, [entries[0]!]);
    const before = await db.getAll('entries');
    const parsed = await parseHistoryExport(file);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.error).toContain(named);
    expect(await db.getAll('entries')).toEqual(before);
  });

  it('writes CSV a spreadsheet opens: one row per message, quoted where needed', () => {
    const lines = historyToCsv(entries).trimEnd().split('\r\n');
    expect(lines[0]).toBe('key,time,site,kind,score,words,fixes,ask,deadline,recipient,context,style,rules');
    expect(lines[1]).toBe(
      '"gmail:Q3, ""final"":a:1",2023-11-14T22:13:20.000Z,gmail,email,64,10,1,0,1,0,1,0,vague-deadline:1 dangling-reference:1',
    );
    expect(lines).toHaveLength(3);
  });

  it.each([8.64e15, 9e15, 1e300, 0, Date.UTC(1999, 11, 31)])(
    'refuses a time outside 2000-01-01 … tomorrow (%s), naming the entry, and writes nothing (issue 15.4)',
    async (time) => {
      const db = await openHistory(freshDbName());
      const file = JSON.stringify(exportHistory([entries[0]!, { ...entries[1]!, time }], Date.now()));
      const parsed = await parseHistoryExport(file);
      expect(parsed.ok ? '' : parsed.error).toMatch(
        /^entries\[1\]\.time: must be a time between 2000-01-01 and/,
      );
      expect(await db.count('entries')).toBe(0);
    },
  );

  it(
    'writes all or nothing: a failing write leaves no entry and no week total behind (issue 15.4)',
    BIG_FILE,
    async () => {
      const db = await openHistory(freshDbName());
      await db.put('weekZones', { zone: 'UTC' });
      // An entry IndexedDB itself refuses (it cannot be stored: a function) after many good ones.
      const bad = { ...entries[1]!, key: 'bad', unstorable: () => 0 } as unknown as HistoryEntry;
      const many = Array.from({ length: 12_000 }, (_, i) => entryAt(1_700_000_000_000 + i * 1000, 50));
      await expect(mergeEntries(db, [...many, bad])).rejects.toThrow();
      expect(await db.count('entries')).toBe(0);
      expect(await db.count('weeks')).toBe(0);
      // And the same file without the bad entry then imports whole, totals with it.
      expect(await mergeEntries(db, many)).toEqual({ added: 12_000, skipped: 0 });
      const weeks = await db.getAll('weeks');
      expect(weeks.reduce((n, w) => n + w.tally.count, 0)).toBe(12_000);
    },
  );

  it(
    'reports progress on a big file and names the keys it left out (issues 15.4, 15.8)',
    BIG_FILE,
    async () => {
      const many = Array.from({ length: 12_000 }, (_, i) => entryAt(1_700_000_000_000 + i, 70));
      const file = JSON.stringify(exportHistory(many, Date.now())).replace(
        '"rules":{}',
        '"rules":{"__proto__":1,"constructor":2,"no-owner":1}',
      );
      const seen: number[] = [];
      const parsed = await parseHistoryExport(file, { onProgress: (done) => seen.push(done) });
      expect(seen).toEqual([5000, 10_000]);
      expect(parsed.ok && parsed.dropped).toEqual([
        'entries[0].rules.__proto__',
        'entries[0].rules.constructor',
      ]);
      expect(parsed.ok && parsed.entries[0]!.rules).toEqual({ 'no-owner': 1 });
      const db = await openHistory(freshDbName());
      const written: number[] = [];
      await mergeEntries(db, parsed.ok ? parsed.entries : [], { onProgress: (done) => written.push(done) });
      expect(written).toEqual([5000, 10_000, 12_000]);
    },
  );
});
