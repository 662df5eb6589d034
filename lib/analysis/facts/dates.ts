import * as chrono from 'chrono-node';
import { addDays, dayOfNext, hourOf, pad, type Reference, workingHour } from './day-math';
import { countOf, PAST_BEFORE, TIMEZONE_WORDS, WEEKDAY_WORD } from './time-words';
import { WORK_DATES } from './work-dates';

export { addDays, type Reference, readReference, toDay, weekdayOf } from './day-math';

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
  /\b(?:(?:by|before|b4|due|until|till|til|prior to|no later than|not later than|deadline(?: is)?|latest)\s*(?:the\s+)?(?:end of\s+)?|(?:before|b4|ahead of|prior to)\s+(?:the|our|your|my|their|this)\s+(?:[\p{L}-]+\s+){1,3}(?:(?:on|at)\s+)?)$/iu;
/** A length of time ("two weeks", "15 min", "3 hrs"), which chrono can read as a time from now. */
const UNIT = '(?:day|week|wk|month|mo|year|yr|hour|hr|h|minute|min|m|second|sec)s?';
const BARE_DURATION = new RegExp(
  `^(?:a|an|one|two|three|four|\\d+|few|several|couple(?: of)?)\\s*${UNIT}\\.?$`,
  'i',
);

const EACH_BEFORE = /\b(?:every|each)\s+(?:[\p{L}-]+\s+){1,2}$/iu;
const END_OF = /\b(?:eod|cob|(?:close|end) of (?:business|play)|end of (?:the )?(?:business )?day)\b/gi;
/** "for two weeks", "took 3 days": a length of time, never a deadline. */
const DURATION_BEFORE =
  /\b(?:for|over|during|took|takes|lasted|lasts|spent|spend|last|past|about|around|every)\s+(?:the\s+)?(?:next\s+|last\s+|past\s+)?$/i;
const DURATION_WORDS = new RegExp(
  `^(?:for\\s+)?(?:the\\s+)?(?:next\\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+|few|several|couple(?: of)?)\\s+(?:\\w+\\s+)?${UNIT}$`,
  'i',
);
const CALENDAR =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s*(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,4}[/-]\d{1,2}/i;
const VAGUE_SPAN = /^(?:(?:this|next|the following|coming) (?:week|month|year)|(?:the )?weekend)$/i;

const OFFSET_BEFORE =
  /\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month)s?\s+(from|after|before)\s+$/i;
const YEAR_AFTER = /^(?:,?\s*(?:in|of)?\s*)(\d{4}|'\d{2}|\d{2})\b(?!\s*(?:am|pm|:|%))/i;

function shiftDay(day: string, n: number, unit: string): string {
  if (/week/i.test(unit)) return addDays(day, 7 * n);
  if (/month/i.test(unit)) {
    const d = new Date(`${day}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + n);
    return d.toISOString().slice(0, 10);
  }
  return addDays(day, n);
}

/** "3 days from Tuesday", "2 weeks before Christmas": the day an offset written before a day's words moves it to. */
function offsetFrom(before: string, date: string): { date: string; start: number } | null {
  const offset = OFFSET_BEFORE.exec(before);
  if (!offset) return null;
  const n = countOf(offset[1]!) || 1;
  return { date: shiftDay(date, /before/i.test(offset[3]!) ? -n : n, offset[2]!), start: offset.index };
}

/** The work-message expressions chrono misses or misreads (work-dates.ts), as hits. */
function workDates(text: string, ref: Reference, draftNamesZone: boolean): (TimeHit & { past: boolean })[] {
  const out: (TimeHit & { past: boolean })[] = [];
  for (const w of WORK_DATES) {
    for (const m of text.matchAll(w.pattern)) {
      // "answer every customer within one business day": a time given to each of many is a standard, no deadline.
      if (w.fromNow && EACH_BEFORE.test(text.slice(0, m.index ?? 0))) continue;
      const found = w.resolve(m, ref);
      if (!found) continue;
      const end = (m.index ?? 0) + m[0].length;
      const shifted = offsetFrom(text.slice(0, m.index ?? 0), found);
      const date = shifted?.date ?? found;
      const start = shifted?.start ?? m.index ?? 0;
      if (out.some((o) => o.start < end && o.end > start)) continue;
      out.push({
        start,
        end,
        text: text.slice(start, end),
        date,
        hasTime: !!w.hasTime || !!w.endOf,
        relative: true,
        endOf: !!w.endOf,
        timezoneNamed: draftNamesZone,
        prefixed:
          DEADLINE_BEFORE.test(text.slice(0, start)) ||
          /^(?:at|by|before|until|til|till|within)\b/i.test(m[0]),
        past: date < ref.day,
      });
    }
  }
  return out;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_OF_MONTH =
  /\b(\d{1,2})(?:st|nd|rd|th)?\s+of\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s*(?:,|of|in)?\s*(\d{4}))?/gi;

/** "4th of July of 1995": chrono reads only "July of 1995" and loses the day. */
function dayOfMonth(text: string, from: number, to: number, ref: Reference): (TimeHit & { past: boolean })[] {
  const out: (TimeHit & { past: boolean })[] = [];
  for (const m of text.matchAll(DAY_OF_MONTH)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (end < from || start > to) continue;
    const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    let year = m[3] ? Number(m[3]) : Number(ref.day.slice(0, 4));
    const date = () => `${year}-${pad(month)}-${pad(Number(m[1]))}`;
    if (!m[3] && date() < ref.day) year++;
    out.push({
      start,
      end,
      text: m[0],
      date: date(),
      hasTime: false,
      relative: false,
      endOf: false,
      timezoneNamed: false,
      prefixed: DEADLINE_BEFORE.test(text.slice(0, start)),
      past: date() < ref.day,
    });
  }
  return out;
}

/** Verbs in the past: regular ones, and the irregular ones that say when something happened. */
const PAST_VERB = String.raw`\b(?:\w+ed|began|went|broke|came|ran|fell|rose|hit|was|were|got|did|said|saw|met)`;
/** A past verb right before a time: "started 09:52", "went down at 9:15". */
const PAST_VERB_BEFORE = new RegExp(String.raw`${PAST_VERB}\s+(?:at\s+|around\s+|about\s+)?$`, 'i');
/** A past verb earlier in the same clause: "the QC sample failed on a drift check this afternoon". */
const PAST_IN_CLAUSE = new RegExp(String.raw`${PAST_VERB}\b[^,;:.!?]*$`, 'i');

/**
 * "started 09:52" written at 10:00: a clock time alone that has already passed today, after a past-tense verb, is
 * when something happened (chrono's forwardDate would move it to tomorrow).
 */
const earlierToday = (s: chrono.ParsedComponents, date: string, ref: Reference, before: string) =>
  s.isCertain('hour') &&
  !s.isCertain('day') &&
  !s.isCertain('weekday') &&
  date > ref.day &&
  PAST_VERB_BEFORE.test(before);

/** When each part of the day begins and ends, in local hours. */
const PARTS: Record<string, [number, number]> = {
  morning: [5, 12],
  noon: [12, 13],
  afternoon: [12, 18],
  evening: [17, 24],
  night: [20, 24],
};

/**
 * "this afternoon", "this morning": a part of today (chrono's forwardDate would move a morning already begun to
 * tomorrow). Said at 10:00, "this afternoon" is ahead; "this morning" is under way, which at work names when
 * something happened ("the call this morning") unless a deadline word puts it ahead ("before this evening").
 */
function todaysPartOfDay(s: chrono.ParsedComponents, ref: Reference): 'ahead' | 'under way' | 'over' | null {
  if (s.isCertain('day') || s.isCertain('weekday') || s.isCertain('hour')) return null;
  const part = [...s.tags()].find((t) => t.startsWith('casualReference/'))?.slice('casualReference/'.length);
  const hours = part ? PARTS[part] : undefined;
  if (!hours) return null;
  const localHour = hourOf(ref.instant, ref.offset);
  return localHour < hours[0] ? 'ahead' : localHour < hours[1] ? 'under way' : 'over';
}

/**
 * "the Nov 19 webhook delay" written on 25 Nov: chrono's forwardDate moves a day without a year to next year, but
 * a month and day that fell in the last three months name that day, not one eleven months ahead.
 */
function recentPast(date: string, ref: Reference): string {
  const lastYear = `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
  return date > addDays(ref.day, 270) && lastYear >= addDays(ref.day, -92) ? lastYear : date;
}

/** The day chrono's components name, YYYY-MM-DD; `year` when the text gave another. */
const dayOf = (c: chrono.ParsedComponents, year = c.get('year') ?? 1970) =>
  `${year}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;

/**
 * What chrono reads as a time that names none: "next week" alone (a vague period), "502s", "items 4–6" (a range
 * of bare numbers is not a date without a month, a slash or a weekday), a bare length ("two weeks").
 */
const readsAsNoDate = (t: string) =>
  VAGUE_SPAN.test(t) ||
  // "end of the day Friday", "the week of Dec 7", "the month": chrono's period alone is no day of its own
  /^(?:the\s+)?(?:day|week|month|year)$/i.test(t) ||
  /^\d+s?$/.test(t) ||
  /^\d{1,2}\s*[–—-]\s*\d{1,2}$/.test(t) ||
  BARE_DURATION.test(t);

/** The day another expression of the sentence names (a weekday or a date), for a clock time alone. */
function dayNamedBeside(results: chrono.ParsedResult[], clock: chrono.ParsedResult): string | null {
  const other = results.find(
    (o) =>
      o !== clock &&
      !readsAsNoDate(o.text.trim()) &&
      (o.start.isCertain('weekday') || o.start.isCertain('day')),
  );
  return other ? dayOf(other.start) : null;
}

/** "last Wednesday", "this past Friday", "previous Monday": a weekday looked back on. */
const PAST_WEEKDAY = /^(?:last|past|this past|previous)\s+(?:sun|mon|tue|wed|thu|fri|sat)/i;
/** chrono leaves "previous" out of "previous Monday": the word is then just before the weekday it read. */
const PAST_WEEKDAY_BEFORE = /\b(?:previous|this past)\s+$/i;

/** The words that join a range to its end: "the last three months till 30th November". */
const RANGE_END = /\b(?:till|until|til|to|through|thru)\s+|[–—-]\s*/gi;

/**
 * "stock reports of the last three months till 30th November", "review it Mon–Wed next week": work given a span
 * of days is due at its end, so the span is read as that end alone, "till 30th November" (which the deadline
 * words then see as a deadline).
 */
function rangeEnd(r: chrono.ParsedResult, ref: Reference): chrono.ParsedResult {
  if (!r.end) return r;
  // "Saturday from 9 to noon" is hours of one coming day (chrono leaves that Saturday's date in the past).
  if (!r.end.isCertain('day') && !r.end.isCertain('weekday')) return r;
  if (dayOf(r.end) < ref.day || dayOf(r.end) === dayOf(r.start)) return r;
  const joins = [...r.text.matchAll(RANGE_END)];
  const join = joins.at(-1);
  if (!join) return r;
  const cut = (join.index ?? 0) + join[0].length;
  return {
    ...r,
    index: r.index + cut,
    text: r.text.slice(cut),
    start: r.end,
    end: undefined,
  } as chrono.ParsedResult;
}

/** "between Dec 1 and Dec 4", "from the 1st to the 4th": chrono reads two days; the work is due at the second. */
function spanStartsDropped(text: string, results: chrono.ParsedResult[]): chrono.ParsedResult[] {
  return results.filter((r, i) => {
    const next = results[i + 1];
    if (!next) return true;
    const between = text.slice(r.index + r.text.length, next.index);
    return !(
      /\b(?:between|from)\s+$/i.test(text.slice(0, r.index)) &&
      /^\s*(?:and|to|till|until|through|thru|[-–—])\s*$/i.test(between)
    );
  });
}

/** "the evening slots": the words before and after the expression make it a noun's modifier. */
function modifiesNoun(text: string, start: number, end: number): boolean {
  if (!/\b(?:the|a|an|our|your|their|my|his|her|its)\s+$/i.test(text.slice(0, start))) return false;
  return !!nounAfter(text, end);
}

/** The noun a time expression ending at `end` qualifies, and its head ("delivery schedule" → "schedule"), if any. */
function nounAfter(text: string, end: number): { head: string } | null {
  const [first, second] = (/^\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/u.exec(text.slice(end)) ?? [])
    .slice(1)
    .map((w) => w?.toLowerCase());
  if (!first || NOT_A_NOUN_AFTER.has(first)) return null;
  return { head: second && !NOT_A_NOUN_AFTER.has(second) ? second : first };
}
/**
 * "my tuesday flight", "the Friday menu", "the Thursday delivery schedule": a weekday before a noun says which thing,
 * unless that thing is something held on the day, which doing the task means being at ("swap into the Saturday
 * brunch shift", "cover my Saturday class"). After "before the" it is the event a deadline is set by.
 */
function weekdayNamesThing(text: string, start: number, end: number): boolean {
  if (
    !/\b(?:our|your|their|my|his|her)\s+$|(?<!\b(?:by|before|b4|until|till|at|on|for|after|ahead of|prior to)\s+)\bthe\s+$/i.test(
      text.slice(0, start),
    )
  )
    return false;
  const noun = nounAfter(text, end);
  return !!noun && !HELD_ON_THE_DAY.test(noun.head);
}
const HELD_ON_THE_DAY =
  /^(?:shifts?|class(?:es)?|sessions?|services?|slots?|rota|brunch|lunch|dinner|breakfast|match|game|show|rehearsal|training|stand-?up|sync|meeting|call|huddle|demo|party|event|market|clinic|round|run)$/;
const NOT_A_NOUN_AFTER = new Set(
  'of on at in before after by for to from until till and or but if when then so is was will would please i we you they he she it'.split(
    ' ',
  ),
);

/** Every time expression chrono finds in a sentence, with the day it names, past or future. */
export function resolveTimes(
  text: string,
  ref: Reference,
  draftNamesZone: boolean,
): (TimeHit & { past: boolean })[] {
  const hits: (TimeHit & { past: boolean })[] = workDates(text, ref, draftNamesZone);
  const results = spanStartsDropped(
    text,
    chrono.parse(text, { instant: ref.instant, timezone: ref.offset }, { forwardDate: true }),
  );
  for (const found of results) {
    const r = rangeEnd(found, ref);
    const t = r.text.trim();
    if (readsAsNoDate(t)) continue;
    if (DURATION_WORDS.test(t) && (/^for\b/i.test(t) || DURATION_BEFORE.test(text.slice(0, r.index))))
      continue;
    // "the next 7 days of inspections", "two weeks of logs": a length of time that measures an amount of something.
    if (DURATION_WORDS.test(t) && /^\s*of\b/i.test(text.slice(r.index + r.text.length))) continue;
    if (hits.some((h) => h.start < r.index + r.text.length && h.end > r.index)) continue;
    const s = r.start;
    // chrono keeps a comma or a dot that ends the phrase: "noon Monday," is the deadline "noon Monday".
    const phrase = r.text.replace(/[\s,.;:]+$/, '');
    const partOfDay = todaysPartOfDay(s, ref);
    // "take the evening slots", "cover the morning shift": a part of the day that qualifies a noun names a kind of
    // slot, not this morning or this evening.
    if (partOfDay && modifiesNoun(text, r.index, r.index + phrase.length)) continue;
    if (WEEKDAY_WORD.test(phrase) && weekdayNamesThing(text, r.index, r.index + phrase.length)) continue;
    if (partOfDay) {
      const prefixed = DEADLINE_BEFORE.test(text.slice(0, r.index));
      hits.push({
        start: r.index,
        end: r.index + phrase.length,
        text: phrase,
        date: ref.day,
        hasTime: false,
        relative: true,
        endOf: false,
        timezoneNamed: draftNamesZone,
        prefixed,
        past:
          partOfDay === 'over' ||
          (partOfDay === 'under way' && !prefixed) ||
          PAST_IN_CLAUSE.test(text.slice(0, r.index)),
      });
      continue;
    }
    if (!s.isCertain('day') && !s.isCertain('weekday') && !s.isCertain('hour')) {
      hits.push(...dayOfMonth(text, r.index, r.index + r.text.length, ref));
      continue;
    }
    let start = r.index;
    let end = r.index + phrase.length;
    // "by 12 noon on Friday": chrono reads from "noon"; the "12" is the same hour, part of the phrase — unless
    // chrono read the "12" as a time of its own ("at 12 midnight").
    const twelve = /^(?:noon|midday|midnight)\b/i.test(phrase) ? /\b12\s+$/.exec(text.slice(0, start)) : null;
    const twelveAt = twelve ? start - twelve[0].length : -1;
    if (twelve && !results.some((o) => o.index <= twelveAt && o.index + o.text.length > twelveAt))
      start = twelveAt;
    let year = s.get('year') ?? 1970;
    // "28 June in 2020", "July 4th of 1995", "15 April of 87": chrono leaves the year behind.
    const yearAfter = s.isCertain('year') ? null : YEAR_AFTER.exec(text.slice(end));
    if (yearAfter?.[1]) {
      const y = Number(yearAfter[1].replace("'", ''));
      year = yearAfter[1].length === 4 ? y : y > 50 ? 1900 + y : 2000 + y;
      end += yearAfter[0].length;
    }
    // "03/18/40": a two-digit year far in the future is last century's.
    if (/\/\d{2}$/.test(t) && year > Number(ref.day.slice(0, 4)) + 20) year -= 100;
    // "cover my 8am class on Friday": a clock time alone is on the day named beside it (forwardDate would put
    // "8am" tomorrow).
    const clockOnly = s.isCertain('hour') && !s.isCertain('day') && !s.isCertain('weekday');
    // "the 7:40 out of Lagos", "the 10:30 sailing": a clock time after an article names a departure, a thing.
    if (
      clockOnly &&
      /(?<!\b(?:by|before|until|till|at|from|after)\s+)\bthe\s+$/i.test(text.slice(0, r.index))
    )
      continue;
    const beside = clockOnly ? dayNamedBeside(results, found) : null;
    // "the sailings last week by 2pm": a deadline's clock time is not on a day already gone.
    const onDayBeside = beside && !(beside < ref.day && DEADLINE_BEFORE.test(text.slice(0, r.index)));
    let date = (onDayBeside && beside) || dayOf(s, year);
    // "before 4:30", "by 5 o'clock", "before I send them back at 3": a clock time without am or pm is in working
    // hours, today unless it has passed (chrono reads 3 in the morning, gone by now, so tomorrow's).
    if (clockOnly && !onDayBeside && !s.isCertain('meridiem'))
      date = dayOfNext(workingHour(s.get('hour') ?? 0), s.get('minute') ?? 0, ref);
    // forwardDate moves a weekday ahead, but not one that starts a range ("Saturday from 9 to noon").
    if (
      r.end &&
      s.isCertain('weekday') &&
      !s.isCertain('day') &&
      date < ref.day &&
      !PAST_BEFORE.test(text.slice(0, r.index))
    )
      date = addDays(date, 7);
    // "by Wednesday" written on a Wednesday is next week's: today would be "today" or "this Wednesday".
    if (
      s.isCertain('weekday') &&
      !s.isCertain('day') &&
      date === ref.day &&
      !/\b(?:this|today|tonight)\b/i.test(r.text) &&
      !/\bthis\s+$/i.test(text.slice(0, r.index))
    )
      date = addDays(date, 7);
    if (!s.isCertain('year') && !yearAfter && s.isCertain('month')) date = recentPast(date, ref);
    const before = text.slice(0, start);
    // "3 days from Tuesday", "2 weeks after January 15"
    const shifted = offsetFrom(before, date);
    if (shifted) ({ date, start } = shifted);
    // "As we agreed last Wednesday": a weekday said to be past is the latest one gone (forwardDate moved it ahead).
    const saidPast = PAST_WEEKDAY.test(r.text) || PAST_WEEKDAY_BEFORE.test(before);
    if (saidPast && date >= ref.day) date = addDays(date, -7);
    hits.push({
      start,
      end,
      text: text.slice(start, end),
      date,
      hasTime: s.isCertain('hour'),
      relative: !CALENDAR.test(r.text),
      endOf: false,
      timezoneNamed: s.isCertain('timezoneOffset') || draftNamesZone,
      // chrono reads "within 48 hours" whole: its "within" bounds the time as "by" does.
      prefixed: DEADLINE_BEFORE.test(before) || /^within\b/i.test(r.text),
      past:
        saidPast ||
        PAST_BEFORE.test(before) ||
        /\b(?:ago|earlier|before last)\b/i.test(r.text) ||
        date < ref.day ||
        earlierToday(s, date, ref, before),
    });
  }
  for (const m of text.matchAll(END_OF)) {
    let start = m.index ?? 0;
    let end = start + m[0].length;
    // "COB Friday", "tomorrow EOD": one deadline, the day's end.
    const near = hits.find((h) => h.start <= end + 2 && h.end >= start - 2 && !h.endOf);
    if (near) {
      hits.splice(hits.indexOf(near), 1);
      start = Math.min(start, near.start);
      end = Math.max(end, near.end);
    }
    hits.push({
      start,
      end,
      text: text.slice(start, end),
      date: near?.date ?? ref.day,
      hasTime: true,
      relative: !near || near.relative,
      endOf: true,
      timezoneNamed: draftNamesZone,
      prefixed: true,
      past: false,
    });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Forward-looking dates in one sentence: past references ("since 9am", "last Friday") are left out. */
export function findTimes(text: string, ref: Reference, draftNamesZone: boolean): TimeHit[] {
  return resolveTimes(text, ref, draftNamesZone)
    .filter((h) => !h.past)
    .map(({ past: _past, ...h }) => h);
}

export const namesTimezone = (text: string) => TIMEZONE_WORDS.test(text);
