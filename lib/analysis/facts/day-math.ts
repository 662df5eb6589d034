/** The writer's "now" and plain calendar arithmetic on YYYY-MM-DD days (no timezone library needed). */
export interface Reference {
  instant: Date;
  /** Minutes east of UTC, read from draft.now. */
  offset: number;
  /** YYYY-MM-DD of draft.now in its own offset. */
  day: string;
}

export function readReference(now: string | undefined): Reference | null {
  if (!now) return null;
  const instant = new Date(now);
  if (Number.isNaN(instant.getTime())) return null;
  const tz = /([+-])(\d{2}):?(\d{2})$/.exec(now);
  const offset = tz ? (tz[1] === '-' ? -1 : 1) * (Number(tz[2]) * 60 + Number(tz[3])) : 0;
  return { instant, offset, day: toDay(instant, offset) };
}

export const pad = (n: number) => String(n).padStart(2, '0');
export function toDay(instant: Date, offset: number): string {
  const d = new Date(instant.getTime() + offset * 60000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
export const weekdayOf = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
