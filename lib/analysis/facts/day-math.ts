/**
 * The one home of the writer's "now" (written by localIsoNow, read by readReference) and plain calendar
 * arithmetic on YYYY-MM-DD days (no timezone library needed).
 */
export interface Reference {
  instant: Date;
  /** Minutes east of UTC, read from draft.now. */
  offset: number;
  /** YYYY-MM-DD of draft.now in its own offset. */
  day: string;
}

/** Minutes east of UTC of an IANA timezone at an instant, or null for a name the platform does not know. */
export function offsetIn(timeZone: string, instant: Date): number | null {
  try {
    const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(instant)
      .find((p) => p.type === 'timeZoneName')?.value;
    const m = /GMT(?:([+-])(\d{1,2}):?(\d{2})?)?$/.exec(name ?? '');
    if (!m) return null;
    return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
  } catch {
    return null;
  }
}

/**
 * The clock's reading as a draft's `now`: ISO 8601 with the browser's UTC offset, so "Friday" resolves in the
 * writer's week, not UTC's. `readReference` reads it back (on the user's timezone setting, when there is one).
 */
export function localIsoNow(date: Date = new Date()): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const two = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, '0');
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${sign}${two(offset / 60)}:${two(offset % 60)}`;
}

/**
 * The writer's "now": the instant `now` names, on the calendar of `timeZone` (the user's setting, else the
 * browser's) when one is given, else of the offset written in `now`. Pure: the zone's rules come from Intl, not a clock.
 */
export function readReference(now: string | undefined, timeZone?: string): Reference | null {
  if (!now) return null;
  const instant = new Date(now);
  if (Number.isNaN(instant.getTime())) return null;
  const tz = /([+-])(\d{2}):?(\d{2})$/.exec(now);
  const written = tz ? (tz[1] === '-' ? -1 : 1) * (Number(tz[2]) * 60 + Number(tz[3])) : 0;
  const zoned = timeZone ? offsetIn(timeZone, instant) : null;
  const offset = zoned ?? written;
  return { instant, offset, day: toDay(instant, offset) };
}

export const pad = (n: number) => String(n).padStart(2, '0');
export function toDay(instant: Date, offset: number): string {
  const d = new Date(instant.getTime() + offset * 60000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
/** The hour on the clock at an instant, at an offset in minutes east of UTC. */
export const hourOf = (instant: Date, offset: number) =>
  new Date(instant.getTime() + offset * 60000).getUTCHours();
/** The day a clock time (hours and minutes, local) is next reached: today, unless it has passed. */
export function dayOfNext(hour: number, minute: number, ref: Reference): string {
  const now = new Date(ref.instant.getTime() + ref.offset * 60000);
  const passed = hour * 60 + minute <= now.getUTCHours() * 60 + now.getUTCMinutes();
  return passed ? addDays(ref.day, 1) : ref.day;
}

/** An hour written without am or pm, read in working hours: 1 to 6 is the afternoon, 7 to 12 the morning and noon. */
export const workingHour = (hour: number) => (hour >= 1 && hour <= 6 ? hour + 12 : hour);

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
export const weekdayOf = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
export const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
/** The number of days in month m (1–12) of year y. */
export const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** [year, month, day] of a YYYY-MM-DD day. */
export const partsOf = (day: string) => day.split('-').map(Number) as [number, number, number];

/** The nth (1–5) or last given weekday (0 = Sunday) of month m (1–12) of year y: "the fourth Thursday of November". */
export function nthWeekday(y: number, m: number, weekday: number, n: number | 'last'): string {
  if (n === 'last') {
    const last = daysIn(y, m);
    return ymd(y, m, last - ((weekdayOf(ymd(y, m, last)) - weekday + 7) % 7));
  }
  return ymd(y, m, 1 + ((weekday - weekdayOf(ymd(y, m, 1)) + 7) % 7) + 7 * (n - 1));
}

/**
 * One `Intl.DateTimeFormat` per time zone for these options, made on first use and kept: making one costs far more
 * than formatting with it, and history and labels format thousands of instants in the same few zones.
 */
export function formatterPerZone(
  options: Omit<Intl.DateTimeFormatOptions, 'timeZone'>,
): (timeZone: string) => Intl.DateTimeFormat {
  const byZone = new Map<string, Intl.DateTimeFormat>();
  return (timeZone) => {
    let formatter = byZone.get(timeZone);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
      byZone.set(timeZone, formatter);
    }
    return formatter;
  };
}
