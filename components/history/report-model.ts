import type { Category, Site } from '../../lib/analysis/types';
import { CATEGORIES } from '../../lib/analysis/types';
import type { FullHistory } from '../../lib/history/load';
import { averageScore } from '../../lib/history/tally';
import type { Tally } from '../../lib/history/types';
import { HOST_SITES } from '../../lib/hosts/origins';
import { isSiteOrigin } from '../../lib/hosts/site-origin';

/** The rule facts the report explains (a subset of the registry's RuleInfo). */
export interface RuleExample {
  id: string;
  description: string;
  example?: { bad: string; good: string };
}

export interface OverTime {
  score: (number | null)[];
  sites: { site: Site; values: (number | null)[] }[];
  /** Findings per message, per category. */
  categories: { category: Category; values: (number | null)[] }[];
}

/**
 * The sites the report can be narrowed to: the three built in, then each site the user turned on that has messages
 * in this history (by origin), so a filter never offers a site with nothing to show beyond the built-in ones.
 */
export function siteChoices(history: FullHistory): Site[] {
  const present = new Set(history.weeks.flatMap((week) => Object.keys(week.sites) as Site[]));
  const others = [...present].filter(isSiteOrigin).sort();
  return [...HOST_SITES, ...others];
}

/** The series the report's charts draw, one value per week. */
export function seriesOverTime(history: FullHistory): OverTime {
  const { weeks } = history;
  const present = new Set<Site>();
  for (const week of weeks) for (const site of Object.keys(week.sites)) present.add(site as Site);
  const perMessage = (week: Tally, category: Category) =>
    week.count ? Math.round((week.categories[category] / week.count) * 100) / 100 : null;
  return {
    score: weeks.map(averageScore),
    sites: [...present].sort().map((site) => ({
      site,
      values: weeks.map((w) => {
        const s = w.sites[site];
        return s ? averageScore(s) : null;
      }),
    })),
    categories: CATEGORIES.map((category) => ({
      category,
      values: weeks.map((w) => perMessage(w, category)),
    })),
  };
}

/**
 * The best and worst day of a week by average score (days without messages left out). A week with messages on
 * one day only has no best and worst, just that day; a tie is no contrast either.
 */
export type DayExtremes =
  | { kind: 'contrast'; best: Tally; worst: Tally }
  | { kind: 'one-day'; day: Tally }
  | { kind: 'all-equal'; days: number; average: number };

export function bestAndWorstDays(days: Tally[]): DayExtremes | null {
  const sent = days.filter((d) => d.count > 0);
  if (!sent.length) return null;
  if (sent.length === 1) return { kind: 'one-day', day: sent[0]! };
  const sorted = [...sent].sort((a, b) => averageScore(b)! - averageScore(a)! || a.start - b.start);
  const best = sorted[0]!;
  const worst = sorted[sorted.length - 1]!;
  if (averageScore(best) === averageScore(worst))
    return { kind: 'all-equal', days: sent.length, average: averageScore(best)! };
  return { kind: 'contrast', best, worst };
}
