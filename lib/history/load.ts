import type { Site } from '../analysis/types';
import { shiftDay, shiftWeek, startOfWeek } from './calendar';
import type { HistoryDb } from './open';
import { type Tally, tallySpans } from './tally';
import type { HistoryEntry } from './types';
import { buildWeekTotals, readWeekTotals } from './week-totals';

/** Entries from `from` on, oldest first, read as an index range (one site's through the [site, time] index). */
export async function readEntries(db: HistoryDb, from = 0, site?: Site): Promise<HistoryEntry[]> {
  if (site)
    return db.getAllFromIndex('entries', 'site-time', IDBKeyRange.bound([site, from], [site, Infinity]));
  return db.getAllFromIndex('entries', 'time', IDBKeyRange.lowerBound(from));
}

export function weekBoundaries(firstWeek: number, weeks: number, timeZone: string): number[] {
  const boundaries = [firstWeek];
  for (let i = 0; i < weeks; i++) boundaries.push(shiftWeek(boundaries[i]!, 1, timeZone));
  return boundaries;
}

/**
 * The last `weeks` weeks up to and including the one holding `now`, oldest first, from the weekly totals.
 * In a timezone whose totals are not kept yet it adds up that range's entries, and builds the zone's totals
 * afterwards (not awaited) so the next call is quick.
 */
export async function loadRecentWeeks(
  db: HistoryDb,
  now: number,
  timeZone: string,
  weeks = 12,
): Promise<Tally[]> {
  const first = shiftWeek(startOfWeek(now, timeZone), -(weeks - 1), timeZone);
  const boundaries = weekBoundaries(first, weeks, timeZone);
  const totals = await readWeekTotals(db, timeZone, boundaries);
  if (totals) return totals;
  const tallies = tallySpans(await readEntries(db, first), boundaries);
  void buildWeekTotals(db, timeZone).catch(() => undefined);
  return tallies;
}

export interface FullHistory {
  entries: HistoryEntry[];
  weeks: Tally[];
}

/** Every week from the first recorded one to the one holding `now` (at least one week). */
export async function loadAllWeeks(
  db: HistoryDb,
  now: number,
  timeZone: string,
  site?: Site,
): Promise<FullHistory> {
  const entries = await readEntries(db, 0, site);
  const thisWeek = startOfWeek(now, timeZone);
  const oldest = entries[0] ? Math.min(startOfWeek(entries[0].time, timeZone), thisWeek) : thisWeek;
  const boundaries = [oldest];
  while (boundaries[boundaries.length - 1]! <= thisWeek)
    boundaries.push(shiftWeek(boundaries[boundaries.length - 1]!, 1, timeZone));
  return { entries, weeks: tallySpans(entries, boundaries) };
}

/** The seven days of the week starting at `weekStart`. */
export function tallyDays(entries: HistoryEntry[], weekStart: number, timeZone: string): Tally[] {
  const boundaries = [weekStart];
  for (let i = 0; i < 7; i++) boundaries.push(shiftDay(boundaries[i]!, 1, timeZone));
  const from = lowerBound(entries, weekStart);
  const to = lowerBound(entries, boundaries[7]!);
  return tallySpans(entries.slice(from, to), boundaries);
}

/** Index of the first entry at or after `time` in a time-sorted list. */
function lowerBound(entries: HistoryEntry[], time: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid]!.time < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
