import type { IDBPTransaction, StoreNames } from 'idb';
import { shiftWeek, startOfWeek } from './calendar';
import { addToTally, emptyTally, mergeTally, tallySpans } from './tally';
import type { HistoryDb, HistoryEntry, HistorySchema, Tally, WeekTotal } from './types';

// Per-week totals, so the popup reads 12 small records instead of every entry of 12 weeks (reading 10,000
// entries costs Chromium 200-300 ms; the popup's budget is 200 ms). Weeks depend on the timezone, so totals
// are kept per zone; a zone is only trusted once it is listed in `weekZones`, and then every write keeps it.

type WriteTx = IDBPTransaction<HistorySchema, ArrayLike<StoreNames<HistorySchema>>, 'readwrite'>;

/** Finds the week around a time; entries come mostly in time order, so the last week found is tried first. */
export function weekFinder(zone: string): (time: number) => { start: number; end: number } {
  let span = { start: Number.POSITIVE_INFINITY, end: Number.NEGATIVE_INFINITY };
  return (time) => {
    if (time < span.start || time >= span.end) {
      const start = startOfWeek(time, zone);
      span = { start, end: shiftWeek(start, 1, zone) };
    }
    return span;
  };
}

/** One tally per week that holds any of `entries` (in any order), in `zone`. */
export function tallyByWeek(entries: Iterable<HistoryEntry>, zone: string): Tally[] {
  const find = weekFinder(zone);
  const weeks = new Map<number, Tally>();
  for (const entry of entries) {
    const { start, end } = find(entry.time);
    const tally = weeks.get(start) ?? emptyTally(start, end);
    weeks.set(start, tally);
    addToTally(tally, entry);
  }
  return [...weeks.values()];
}

/** Adds newly written entries to the totals of every zone kept, inside the writing transaction. */
export async function addToWeekTotals(tx: WriteTx, entries: HistoryEntry[]): Promise<void> {
  if (!entries.length) return;
  const weeks = tx.objectStore('weeks');
  for (const zone of await tx.objectStore('weekZones').getAllKeys()) {
    for (const tally of tallyByWeek(entries, zone)) {
      const stored = await weeks.get([zone, tally.start]);
      await weeks.put({ zone, start: tally.start, tally: stored ? mergeTally(stored.tally, tally) : tally });
    }
  }
}

/** Recounts, from the entries themselves, the weeks holding `times` in every zone kept (after a replacement). */
export async function recountWeeks(tx: WriteTx, times: number[]): Promise<void> {
  const weeks = tx.objectStore('weeks');
  const byTime = tx.objectStore('entries').index('time');
  for (const zone of await tx.objectStore('weekZones').getAllKeys()) {
    const find = weekFinder(zone);
    for (const start of new Set(times.map((t) => find(t).start))) {
      const end = find(start).end;
      const [tally] = tallySpans(await byTime.getAll(IDBKeyRange.bound(start, end, false, true)), [
        start,
        end,
      ]);
      if (tally?.count) await weeks.put({ zone, start, tally });
      else await weeks.delete([zone, start]);
    }
  }
}

/** Builds the totals of a zone not kept yet from every entry, in one transaction with the entries. */
export async function buildWeekTotals(db: HistoryDb, zone: string): Promise<void> {
  const tx = db.transaction(['entries', 'weeks', 'weekZones'], 'readwrite');
  if ((await tx.objectStore('weekZones').getKey(zone)) === undefined) {
    for (const tally of tallyByWeek(await tx.objectStore('entries').getAll(), zone))
      await tx.objectStore('weeks').put({ zone, start: tally.start, tally });
    await tx.objectStore('weekZones').put({ zone });
  }
  await tx.done;
}

/** The tallies of the spans between `boundaries` (whole weeks of `zone`), or null when the zone is not kept. */
export async function readWeekTotals(
  db: HistoryDb,
  zone: string,
  boundaries: number[],
): Promise<Tally[] | null> {
  const tx = db.transaction(['weeks', 'weekZones']);
  if ((await tx.objectStore('weekZones').getKey(zone)) === undefined) return null;
  const range = IDBKeyRange.bound(
    [zone, boundaries[0]!],
    [zone, boundaries[boundaries.length - 1]!],
    false,
    true,
  );
  const stored = new Map(
    (await tx.objectStore('weeks').getAll(range)).map((w: WeekTotal) => [w.start, w.tally]),
  );
  return boundaries
    .slice(0, -1)
    .map((start, i) => stored.get(start) ?? emptyTally(start, boundaries[i + 1]!));
}
