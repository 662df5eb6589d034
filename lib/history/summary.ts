import { CATEGORIES, type Category } from '../analysis/types';
import { averageScore, topRules } from './tally';
import { tipFor } from './tips';
import type { Tally } from './types';

export interface Problem {
  rule: string;
  count: number;
  tip: string;
}

/** What the popup (and "share my week") shows, from the last weeks' tallies, oldest first. */
export interface WeekSummary {
  weekStart: number;
  count: number;
  average: number | null;
  lastAverage: number | null;
  /** Points up (+) or down (−) against last week; null when either week has no messages. */
  change: number | null;
  trend: { start: number; average: number | null; count: number }[];
  categories: { category: Category; count: number }[];
  problems: Problem[];
  fixes: number;
}

export function summarizeWeeks(weeks: Tally[]): WeekSummary {
  const thisWeek = weeks[weeks.length - 1]!;
  const lastWeek = weeks[weeks.length - 2];
  const average = averageScore(thisWeek);
  const lastAverage = lastWeek ? averageScore(lastWeek) : null;
  return {
    weekStart: thisWeek.start,
    count: thisWeek.count,
    average,
    lastAverage,
    change: average !== null && lastAverage !== null ? average - lastAverage : null,
    trend: weeks.map((w) => ({ start: w.start, average: averageScore(w), count: w.count })),
    categories: CATEGORIES.map((category) => ({ category, count: thisWeek.categories[category] })),
    problems: topRules(thisWeek, 3).map(({ rule, count }) => ({ rule, count, tip: tipFor(rule) })),
    fixes: thisWeek.fixes,
  };
}

/** "12 messages checked this week", "1 message checked this week", "No messages checked yet this week". */
export function checkedSentence(count: number, span = 'this week'): string {
  if (count === 0) return `No messages checked yet ${span}`;
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'message' : 'messages'} checked ${span}`;
}

/** "up 4 points on last week", "down 1 point on last week", "same as last week". */
export function changeSentence(change: number | null): string {
  if (change === null) return 'no messages last week to compare with';
  if (change === 0) return 'same as last week';
  const points = Math.abs(change) === 1 ? 'point' : 'points';
  return `${change > 0 ? 'up' : 'down'} ${Math.abs(change)} ${points} on last week`;
}
