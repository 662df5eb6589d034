import { CATEGORIES, type Category, type Site } from '../analysis/types';
import type { HistoryEntry, Tally } from './types';

export function emptyTally(start: number, end: number): Tally {
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  return {
    start,
    end,
    count: 0,
    scoreSum: 0,
    words: 0,
    fixes: 0,
    categories,
    rules: {},
    sites: {},
    bands: Array(10).fill(0),
  };
}

export function addToTally(tally: Tally, entry: HistoryEntry): void {
  tally.count++;
  tally.scoreSum += entry.score;
  tally.words += entry.words;
  tally.fixes += entry.fixes;
  for (const [category, n] of Object.entries(entry.categories))
    tally.categories[category as Category] += n ?? 0;
  for (const [rule, n] of Object.entries(entry.rules)) tally.rules[rule] = (tally.rules[rule] ?? 0) + n;
  const site = tally.sites[entry.site] ?? { count: 0, scoreSum: 0 };
  tally.sites[entry.site] = site;
  site.count++;
  site.scoreSum += entry.score;
  tally.bands[Math.min(9, Math.floor(entry.score / 10))]! += 1;
}

/** Adds `from` (a tally of the same span) into `into`, and returns `into`. */
export function mergeTally(into: Tally, from: Tally): Tally {
  into.count += from.count;
  into.scoreSum += from.scoreSum;
  into.words += from.words;
  into.fixes += from.fixes;
  for (const category of CATEGORIES) into.categories[category] += from.categories[category];
  for (const [rule, n] of Object.entries(from.rules)) into.rules[rule] = (into.rules[rule] ?? 0) + n;
  for (const [site, s] of Object.entries(from.sites) as [Site, { count: number; scoreSum: number }][]) {
    const mine = into.sites[site] ?? { count: 0, scoreSum: 0 };
    into.sites[site] = { count: mine.count + s.count, scoreSum: mine.scoreSum + s.scoreSum };
  }
  for (const [i, n] of from.bands.entries()) into.bands[i]! += n;
  return into;
}

/**
 * Adds up entries sorted by time into the spans between consecutive `boundaries` (one tally per span).
 * One pass, no date arithmetic per entry: that is what keeps years of history fast.
 */
export function tallySpans(sorted: HistoryEntry[], boundaries: number[]): Tally[] {
  const tallier = spanTallier(boundaries);
  tallier.add(sorted);
  return tallier.tallies;
}

/** `tallySpans` fed in pieces: each call to `add` continues in time order where the last one stopped. */
export function spanTallier(boundaries: number[]): { tallies: Tally[]; add(sorted: HistoryEntry[]): void } {
  const tallies = boundaries.slice(0, -1).map((start, i) => emptyTally(start, boundaries[i + 1]!));
  let span = 0;
  return {
    tallies,
    add(sorted) {
      for (const entry of sorted) {
        while (span < tallies.length && entry.time >= tallies[span]!.end) span++;
        if (span === tallies.length) return;
        if (entry.time >= tallies[span]!.start) addToTally(tallies[span]!, entry);
      }
    },
  };
}

/** The rounded average score, or null when nothing was sent. */
export function averageScore(tally: Pick<Tally, 'count' | 'scoreSum'>): number | null {
  return tally.count ? Math.round(tally.scoreSum / tally.count) : null;
}

/** Rules by how often they were found, most frequent first (ties by id, so the order is stable). */
export function topRules(tally: Tally, limit: number): { rule: string; count: number }[] {
  return Object.entries(tally.rules)
    .map(([rule, count]) => ({ rule, count }))
    .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule))
    .slice(0, limit);
}
