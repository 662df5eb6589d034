import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shiftWeek, startOfWeek, userTimeZone } from './calendar';
import { mergeEntries } from './exchange';
import { readEntries, weekBoundaries } from './load';
import { openHistory } from './open';
import { deleteAllHistory, recordEntry } from './record';
import { tallySpans } from './tally';
import { entryAt, freshDbName } from './testing/samples';
import type { HistoryDb, HistoryEntry } from './types';
import { buildWeekTotals, readWeekTotals } from './week-totals';

const NOW = Date.parse('2025-04-02T12:00:00Z'); // the week after Europe's clocks went forward
const WEEK = 7 * 86_400_000;
const ZONES = [userTimeZone(), 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham'];

function boundaries(zone: string, weeks = 12): number[] {
  return weekBoundaries(shiftWeek(startOfWeek(NOW, zone), -(weeks - 1), zone), weeks, zone);
}

/** The kept totals of every zone must equal adding up the entries themselves, week by week. */
async function expectTotalsAgree(db: HistoryDb, zones = ZONES): Promise<void> {
  for (const zone of zones) {
    const spans = boundaries(zone);
    const fromEntries = tallySpans(await readEntries(db, spans[0]), spans);
    expect(await readWeekTotals(db, zone, spans), zone).toEqual(fromEntries);
  }
}

async function keptDb(): Promise<HistoryDb> {
  const db = await openHistory(freshDbName());
  for (const zone of ZONES) await buildWeekTotals(db, zone);
  return db;
}

const entry = (i: number, time: number, extra: Partial<HistoryEntry> = {}) =>
  entryAt(time, (i * 37) % 101, {
    key: `e${i}`,
    site: (['gmail', 'slack', 'notion'] as const)[i % 3],
    words: i % 90,
    categories: i % 2 ? { deadline: 1 + (i % 3) } : { style: 1 },
    rules: i % 2 ? { 'vague-deadline': 1 } : { 'long-sentence': 2, 'wall-of-text': i % 2 },
    fixes: i % 4,
    ...extra,
  });

describe('weekly totals', () => {
  it('agree with the entries after imports, sends, a Notion page rewritten across a week boundary, and delete', async () => {
    const db = await keptDb();
    const spread = Array.from({ length: 300 }, (_, i) => entry(i, NOW - 12 * WEEK + i * 4_000_000));
    await mergeEntries(db, spread.slice(0, 200));
    await mergeEntries(db, spread); // 100 new, 200 already here: counted once
    await expectTotalsAgree(db);

    // Sunday 23:30 in Berlin, rewritten at Monday 00:30: the entry moves to the next week in Berlin.
    const sunday = Date.parse('2025-03-30T23:30:00+02:00');
    const page = { key: 'notion-page:Plan:2025-03-30', site: 'notion' as const };
    expect(await recordEntry(db, entry(1, sunday, { ...page, score: 40 }))).toBe(true);
    expect(await recordEntry(db, entry(2, sunday + 3_600_000, { ...page, score: 90 }))).toBe(true);
    expect(await recordEntry(db, entry(3, NOW - 1000, { key: 'slack:new' }))).toBe(true);
    expect(await recordEntry(db, entry(3, NOW - 1000, { key: 'slack:new', score: 5 }))).toBe(false); // same send reported twice
    await expectTotalsAgree(db);
    const berlin = await readWeekTotals(db, 'Europe/Berlin', boundaries('Europe/Berlin'));
    const mondayWeek = berlin!.find((w) => w.start === Date.parse('2025-03-31T00:00:00+02:00'))!;
    expect(mondayWeek.sites.notion?.scoreSum).toBeGreaterThanOrEqual(90);

    await deleteAllHistory(db);
    expect((await readWeekTotals(db, 'UTC', boundaries('UTC')))?.every((w) => w.count === 0)).toBe(true);
    await mergeEntries(db, spread.slice(0, 5));
    await expectTotalsAgree(db);
  });

  it('agree with the entries for any mix of imports and sends, in any timezone', async () => {
    const time = fc.integer({ min: NOW - 13 * WEEK, max: NOW + WEEK });
    const op = fc.oneof(
      fc.array(fc.tuple(fc.nat(40), time), { maxLength: 30 }).map((xs) => ({ kind: 'import' as const, xs })),
      fc.tuple(fc.nat(40), time, fc.boolean()).map(([i, t, page]) => ({ kind: 'send' as const, i, t, page })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12 }), async (ops) => {
        const db = await keptDb();
        for (const o of ops) {
          if (o.kind === 'import')
            await mergeEntries(
              db,
              o.xs.map(([i, t]) => entry(i, t)),
            );
          else await recordEntry(db, entry(o.i, o.t, o.page ? { key: `notion-page:P:${o.i % 3}` } : {}));
        }
        await expectTotalsAgree(db);
        db.close();
      }),
      { numRuns: 25 },
    );
    // 25 runs of a fake IndexedDB take ~1 s alone and over 5 s on a loaded 2-core machine: not a budget.
  }, 30_000);

  it('builds a new timezone from every entry once asked, and reads nothing for a zone never built', async () => {
    const db = await openHistory(freshDbName());
    await mergeEntries(db, [entry(1, NOW - WEEK), entry(2, NOW)]);
    expect(await readWeekTotals(db, 'Asia/Kathmandu', boundaries('Asia/Kathmandu'))).toBeNull();
    await buildWeekTotals(db, 'Asia/Kathmandu');
    await buildWeekTotals(db, 'Asia/Kathmandu'); // a second build changes nothing
    await expectTotalsAgree(db, ['Asia/Kathmandu']);
    const weeks = await readWeekTotals(db, 'Asia/Kathmandu', boundaries('Asia/Kathmandu'));
    expect(weeks?.slice(-2).map((w) => w.count)).toEqual([1, 1]);
  });
});
