import * as chrono from 'chrono-node';
import { PAST_BEFORE, TIMEZONE_WORDS } from './time-words';

/** A forward-looking time expression in one sentence (offsets within the sentence). */
export interface TimeHit {
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD in the writer's timezone. */
  date: string;
  hasTime: boolean;
  /** Said relative to today ("Friday", "tomorrow"): the reader must work out which day. */
  relative: boolean;
  /** "EOD", "end of week": resolved, but whose end of day? */
  endOf: boolean;
  timezoneNamed: boolean;
  /** Introduced as a deadline: "by Friday", "before noon", "due Dec 3". */
  prefixed: boolean;
}

const DEADLINE_BEFORE =
  /\b(?:by|before|due|until|till|til|no later than|deadline(?: is)?|latest)\s*(?:the\s+)?(?:end of\s+)?$/i;
const BARE_DURATION =
  /^(?:a|an|one|two|three|four|\d+|few|several|couple(?: of)?)\s+(?:day|week|month|year|hour|minute)s?$/i;

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

const pad = (n: number) => String(n).padStart(2, '0');
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

const END_OF =
  /\b(?:eod|cob|eow|close of (?:business|play)|end of (?:the )?(?:business )?(?:day|week|month))\b/gi;
const CALENDAR =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s*(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,4}[/-]\d{1,2}/i;
const VAGUE_SPAN = /^(?:(?:this|next|the following|coming) (?:week|month|year)|(?:the )?weekend)$/i;

function resolveEndOf(phrase: string, ref: Reference): string {
  const p = phrase.toLowerCase();
  if (/week|eow/.test(p)) {
    const wd = weekdayOf(ref.day);
    return addDays(ref.day, wd === 6 ? 6 : (5 - wd + 7) % 7);
  }
  if (/month/.test(p)) {
    const d = new Date(`${ref.day.slice(0, 7)}-01T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + 1);
    d.setUTCDate(0);
    return d.toISOString().slice(0, 10);
  }
  return ref.day;
}

/** Finds forward-looking dates in one sentence. Past references ("since 9am", "last Friday") are left out. */
export function findTimes(text: string, ref: Reference, draftNamesZone: boolean): TimeHit[] {
  const hits: TimeHit[] = [];
  const results = chrono.parse(text, { instant: ref.instant, timezone: ref.offset }, { forwardDate: true });
  for (const r of results) {
    const before = text.slice(0, r.index);
    if (PAST_BEFORE.test(before) || /\b(?:ago|earlier|before last)\b/i.test(r.text)) continue;
    const t = r.text.trim();
    if (VAGUE_SPAN.test(t) || /^\d+s?$/.test(t) || BARE_DURATION.test(t)) continue;
    const s = r.start;
    if (!s.isCertain('day') && !s.isCertain('weekday') && !s.isCertain('hour')) continue;
    const date = `${s.get('year')}-${pad(s.get('month') ?? 1)}-${pad(s.get('day') ?? 1)}`;
    if (date < ref.day) continue;
    const hasTime = s.isCertain('hour');
    hits.push({
      start: r.index,
      end: r.index + r.text.length,
      text: r.text,
      date,
      hasTime,
      relative: !CALENDAR.test(r.text),
      endOf: false,
      timezoneNamed: s.isCertain('timezoneOffset') || draftNamesZone,
      prefixed: DEADLINE_BEFORE.test(before),
    });
  }
  for (const m of text.matchAll(END_OF)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const near = hits.find((h) => h.start <= end + 2 && h.end >= start - 2);
    hits.push({
      start,
      end,
      text: m[0],
      date: near?.date ?? resolveEndOf(m[0], ref),
      hasTime: true,
      relative: !near || near.relative,
      endOf: true,
      timezoneNamed: draftNamesZone,
      prefixed: true,
    });
  }
  return hits.sort((a, b) => a.start - b.start);
}

export const namesTimezone = (text: string) => TIMEZONE_WORDS.test(text);
