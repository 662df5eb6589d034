import type { Site } from '../analysis/types';
import { shiftDay, shiftWeek, startOfWeek } from './calendar';
import { spanTallier, tallySpans } from './tally';
import type { HistoryDb, HistoryEntry, Tally } from './types';
import { buildWeekTotals, readWeekTotals } from './week-totals';

/** Entries from `from` on, oldest first, read as an index range (one site's through the [site, time] index). */
export async function readEntries(db: HistoryDb, from = 0, site?: Site): Promise<HistoryEntry[]> {
  if (site)
    return db.getAllFromIndex('entries', 'site-time', IDBKeyRange.bound([site, from], [site, Infinity]));
  return db.getAllFromIndex('entries', 'time', IDBKeyRange.lowerBound(from));
}

/**
 * How many entries one read brings. Each page is one task of the reading page (copying the entries out of the
 * database, then adding them up): 2,000 cost 6-7 ms of CPU, which a busy machine stretches past the 50 ms of a
 * long task (31 ms wall in a trace of the report's reload after a backfill); 500 keep each task near 2 ms.
 */
const PAGE = 500;

/**
 * `readEntries` a page at a time, oldest first, each page handed to `onPage` as it arrives. Each read is a
 * task of its own, so a page showing a million entries keeps drawing frames while it reads them. A page ends
 * at some time T with the entries at T it holds; the next starts at T again, leaving out the ones already
 * handed on (and a page that is all one millisecond reads that millisecond whole).
 */
export async function readEntryPages(
  db: HistoryDb,
  from: number,
  site: Site | undefined,
  onPage: (entries: HistoryEntry[]) => void,
): Promise<void> {
  const index = site ? 'site-time' : 'time';
  const key = (time: number) => (site ? [site, time] : time);
  const read = (range: IDBKeyRange, count?: number) => db.getAllFromIndex('entries', index, range, count);
  let lower = from;
  let open = false;
  let handed = new Set<string>();
  for (;;) {
    const page = await read(IDBKeyRange.bound(key(lower), key(Infinity), open, false), PAGE);
    const last = page.at(-1)?.time;
    if (last !== undefined && page.length === PAGE && page[0]!.time === last) {
      const whole = await read(IDBKeyRange.only(key(last)));
      onPage(whole.filter((e) => !handed.has(e.key)));
      [lower, open, handed] = [last, true, new Set()];
      continue;
    }
    onPage(handed.size ? page.filter((e) => !(e.time === lower && handed.has(e.key))) : page);
    if (last === undefined || page.length < PAGE) return;
    [lower, open, handed] = [last, false, new Set(page.filter((e) => e.time === last).map((e) => e.key))];
  }
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
  const thisWeek = startOfWeek(now, timeZone);
  const weeksFrom = (oldest: number) => {
    const boundaries = [oldest];
    while (boundaries[boundaries.length - 1]! <= thisWeek)
      boundaries.push(shiftWeek(boundaries[boundaries.length - 1]!, 1, timeZone));
    return spanTallier(boundaries);
  };
  // Added up page by page as the entries arrive: one pass over a million in a single task would stall the page.
  const entries: HistoryEntry[] = [];
  let weeks: ReturnType<typeof spanTallier> | undefined;
  await readEntryPages(db, 0, site, (page) => {
    if (!page.length) return;
    weeks ??= weeksFrom(Math.min(startOfWeek(page[0]!.time, timeZone), thisWeek));
    weeks.add(page);
    for (const entry of page) entries.push(entry);
  });
  return { entries, weeks: (weeks ?? weeksFrom(thisWeek)).tallies };
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
