import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { historyToCsv } from './csv';
import { exportHistory, mergeEntries, parseHistoryExport } from './exchange';
import { openHistory } from './open';
import { entryAt, freshDbName } from './testing/samples';

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
    const parsed = parseHistoryExport(file);
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
      JSON.stringify({ ...exportHistory(entries, 0), entries: [entries[0], { ...entries[1], score: 140 }] }),
      'entries[1].score:',
    ],
    [
      JSON.stringify({ ...exportHistory(entries, 0), entries: [{ ...entries[0], site: 'teams' }] }),
      'entries[0].site:',
    ],
    [
      JSON.stringify({ ...exportHistory(entries, 0), entries: [{ ...entries[0], rules: { x: -1 } }] }),
      'entries[0].rules.x:',
    ],
  ])('refuses a bad file with the bad field named, and changes nothing (%#)', async (file, named) => {
    const db = await openHistory(freshDbName());
    await mergeEntries(db, [entries[0]!]);
    const before = await db.getAll('entries');
    const parsed = parseHistoryExport(file);
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
});
