import { addDays, readReference, weekdayOf } from '../analysis/facts/day-math';
import { formatDay } from '../analysis/facts/format-date';
import type { Finding } from '../analysis/types';
import type { FixOption } from './types';

const FRIDAY = 5;

/**
 * A vague deadline ("ASAP", "when you get a chance") becomes a day the writer picks: "by Fri 4 Dec" (the coming
 * Friday; next week's once this week's working days are over), "by Mon 7 Dec" (the Monday after it) or
 * "by end of today", from the writer's own clock (`now`, as `localIsoNow` writes it). No chips without a clock.
 */
export function dateChips(finding: Pick<Finding, 'start' | 'end'>, text: string, now: string): FixOption[] {
  const today = readReference(now)?.day;
  if (!today) return [];
  const weekday = weekdayOf(today);
  const friday = addDays(today, weekday < FRIDAY ? FRIDAY - weekday : FRIDAY - weekday + 7);
  const monday = addDays(friday, 3);
  // "by ASAP" is rare, "need it by when you can" is not: never write "by by".
  const hasBy = /\bby\s+$/i.test(text.slice(0, finding.start));
  return [formatDay(friday), formatDay(monday), 'end of today'].map((day) => {
    const label = `by ${day}`;
    return { label, edit: { start: finding.start, end: finding.end, text: hasBy ? day : label } };
  });
}
