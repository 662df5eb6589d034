// The one place Clearsend writes a date for people to read: the platform's English day and month names (Intl),
// in an order every English reader takes the same way — "Fri 27 Nov", never "11/27".

import { Lru } from '../text/lru';
import { formatterPerZone } from './day-math';

const formatterFor = formatterPerZone({ weekday: 'short', day: 'numeric', month: 'short' });

function partsAt(ms: number, timeZone: string): { weekday: string; day: string; month: string } {
  const parts = { weekday: '', day: '', month: '' };
  for (const { type, value } of formatterFor(timeZone).formatToParts(ms))
    if (type === 'weekday' || type === 'day' || type === 'month') parts[type] = value;
  return parts;
}

/** "Mon 3 Mar": the day holding the instant `ms`, in `timeZone`. */
export function dayLabel(ms: number, timeZone: string): string {
  const { weekday, day, month } = partsAt(ms, timeZone);
  return `${weekday} ${day} ${month}`;
}

/** "3 Mar": the date holding the instant `ms` in `timeZone` (a week is named by its Monday). */
export function dateLabel(ms: number, timeZone: string): string {
  const { day, month } = partsAt(ms, timeZone);
  return `${day} ${month}`;
}

// Each keystroke's findings name the same few days again, and Intl's formatToParts is the slow part of writing one.
const dayNames = new Lru<string, string>(512);

/** "2026-11-27" -> "Fri 27 Nov": a calendar day, as the engine resolves one. */
export function formatDay(day: string): string {
  const known = dayNames.get(day);
  if (known !== undefined) return known;
  const ms = Date.parse(`${day}T00:00:00Z`);
  const name = Number.isNaN(ms) ? day : dayLabel(ms, 'UTC');
  dayNames.set(day, name);
  return name;
}
