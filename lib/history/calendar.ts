// Calendar arithmetic in an explicit IANA timezone. Days and weeks are found from the wall-clock date, never by
// adding 24 h or 7 × 24 h, so a week holding a DST change is still exactly Monday 00:00 to the next Monday 00:00.

import { formatterPerZone } from '../analysis/facts/day-math';

export const DAY_MS = 86_400_000;

export interface LocalDate {
  year: number;
  month: number; // 1–12
  day: number;
}

const formatterFor = formatterPerZone({
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The wall-clock reading at `ms` in `timeZone`; `weekday` 0 = Monday. */
export function wallClock(ms: number, timeZone: string): LocalDate & { weekday: number; msOfDay: number } {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) parts[part.type] = part.value;
  const n = (type: string) => Number(parts[type]);
  const [year, month, day] = [n('year'), n('month'), n('day')];
  return {
    year,
    month,
    day,
    // The calendar date's own weekday (Sunday 0 in UTC's count), moved so Monday is 0.
    weekday: (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7,
    msOfDay: ((n('hour') * 60 + n('minute')) * 60 + n('second')) * 1000,
  };
}

/** Moves a calendar date by whole days (month and year roll over). */
export function shiftDate({ year, month, day }: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function sameDate(a: LocalDate, b: LocalDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** The first instant of a calendar day in `timeZone` (midnight, or the end of a DST gap that swallowed it). */
export function startOfDate(date: LocalDate, timeZone: string): number {
  const asUtc = Date.UTC(date.year, date.month - 1, date.day);
  let guess = asUtc;
  // Two passes settle the offset even when midnight sits next to a DST change.
  for (let pass = 0; pass < 2; pass++) {
    const clock = wallClock(guess, timeZone);
    const offset = Date.UTC(clock.year, clock.month - 1, clock.day) + clock.msOfDay - guess;
    guess = asUtc - offset;
  }
  const clock = wallClock(guess, timeZone);
  // Midnight fell in a DST gap and we landed late the day before: the day starts where the gap ends.
  if (!sameDate(clock, date)) guess += DAY_MS - clock.msOfDay;
  return guess;
}

export function startOfDay(ms: number, timeZone: string): number {
  return startOfDate(wallClock(ms, timeZone), timeZone);
}

/** Monday 00:00 of the week holding `ms`, in `timeZone`. */
export function startOfWeek(ms: number, timeZone: string): number {
  const clock = wallClock(ms, timeZone);
  return startOfDate(shiftDate(clock, -clock.weekday), timeZone);
}

/** The start of the week `weeks` after (or before, when negative) the week starting at `weekStart`. */
export function shiftWeek(weekStart: number, weeks: number, timeZone: string): number {
  return startOfDate(shiftDate(wallClock(weekStart, timeZone), weeks * 7), timeZone);
}

export function shiftDay(dayStart: number, days: number, timeZone: string): number {
  return startOfDate(shiftDate(wallClock(dayStart, timeZone), days), timeZone);
}

/** `YYYY-MM-DD` of the local date at `ms`. */
export function isoDate(ms: number, timeZone: string): string {
  const { year, month, day } = wallClock(ms, timeZone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
