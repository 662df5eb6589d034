import {
  addDays,
  dayOfNext,
  daysIn,
  nthWeekday,
  partsOf as parts,
  type Reference,
  weekdayOf,
  workingHour,
  ymd,
} from './day-math';
import { HOLIDAY, holidayDate } from './holidays';
import { countOf } from './time-words';

/**
 * Time expressions of work messages that chrono-node reads wrongly or not at all, one named pattern each:
 * each resolves to a day in the writer's own calendar (the reference's day).
 */
export interface WorkDate {
  name: string;
  pattern: RegExp;
  resolve(m: RegExpMatchArray, ref: Reference): string | null;
  /** Names a clock time ("at 3p"): whose clock, then? */
  hasTime?: boolean;
  /** An end of a period ("end of next week"): resolved, but the period's end is the writer's. */
  endOf?: boolean;
  /** Counted from now ("within 3 days"): given to each of many ("every ticket within 4 hours") it is a standard. */
  fromNow?: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

/** The Friday of this week (n = 0) or of the week n weeks on; a Saturday or Sunday looks to the next one. */
function fridayOf(ref: Reference, n: number): string {
  const wd = weekdayOf(ref.day);
  const toFriday = wd === 6 ? 6 : (5 - wd + 7) % 7;
  return addDays(ref.day, toFriday + 7 * n);
}

/** A month named without a year is the next one to come: in November, "February" is next year's. */
function nextYearFor(ref: Reference, month: number, day = 1): number {
  const [y, m, d] = parts(ref.day);
  return month < m || (month === m && day < d) ? y + 1 : y;
}

/** Weekday names as written at work ("Mon", "Tues", "Thurs", "Wednesday"), by their index from Sunday. */
const WEEKDAY_WORDS =
  '(sun(?:day)?|mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?)';
const WEEKDAY_NAME = WEEKDAY_WORDS.replace('(', '(?:');
const weekdayIndex = (word: string) =>
  WEEKDAYS.findIndex((w) => w.startsWith(word.toLowerCase().slice(0, 3)));

/** The day n weekdays (Monday to Friday) after `day`. */
function addWorkdays(day: string, n: number): string {
  let d = day;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (weekdayOf(d) % 6 !== 0) left--;
  }
  return d;
}

/** "before" a day, not "2 weeks before" it. */
const DUE_BEFORE = /(?<!(?:days?|weeks?|months?)\s+)\bbefore\s+(?:the\s+)?$/i;

const HOLIDAY_AS_MODIFIER =
  /^\s+(?!(?:eve|day|morning|afternoon|evening|night|week|weekend|break|holidays?|period|shutdown|closure|rush)\b)\p{Ll}{3,}/u;
const HOLIDAY_TIME_WORD_BEFORE =
  /\b(?:by|before|b4|until|till|after|over|around|for|at|on|since|from|through|during|ahead of|in time for)\s+(?:the\s+)?$/i;

/** "cut it by 5.", "we are up by 3": a verb of change before "by" makes the number an amount, not an hour. */
const AMOUNT_BEFORE =
  /\b(?:increase[sd]?|reduced?|cut|raised?|drop(?:ped)?|grow|grew|lower(?:ed)?|shrink|extend(?:ed)?|multipl(?:y|ied)|divided?|up|down|off|rose|fell|slipp?(?:ed)?|delay(?:ed)?|push(?:ed)?|mov(?:e|ed)|shift(?:ed)?|round(?:ed)?|outnumbered|won|lost|lead|leads|led|behind|ahead)\b[^.?!\n]{0,30}$/i;

export const WORK_DATES: WorkDate[] = [
  {
    name: 'end of week',
    pattern: /\b(?:the )?end of (?:the |this )?(next )?week\b|\beow\b/gi,
    resolve: (m, ref) => fridayOf(ref, m[1] ? 1 : 0),
    endOf: true,
  },
  {
    name: 'end of month',
    pattern: /\b(?:the )?end of (?:the |this )?(next )?month\b|\beom\b|\bmonth[- ]?end\b/gi,
    resolve: (m, ref) => {
      const [y, mo] = parts(ref.day);
      const month = mo + (m[1] ? 1 : 0);
      const year = y + (month > 12 ? 1 : 0);
      const mm = ((month - 1) % 12) + 1;
      return ymd(year, mm, daysIn(year, mm));
    },
    endOf: true,
  },
  {
    name: 'end of quarter',
    pattern: /\b(?:the )?end of (?:the |this )?(next )?(?:quarter|q)\b|\beoq\b/gi,
    resolve: (m, ref) => {
      const [y, mo] = parts(ref.day);
      const q = Math.ceil(mo / 3) + (m[1] ? 1 : 0);
      const year = y + (q > 4 ? 1 : 0);
      const month = (((q - 1) % 4) + 1) * 3;
      return ymd(year, month, daysIn(year, month));
    },
    endOf: true,
  },
  {
    // "by end of Q4", "before the end of Q1": the named quarter's last day, this year's unless it is over.
    name: 'end of a named quarter',
    pattern: /\b(?:the )?end of (?:the )?q([1-4])\b/gi,
    resolve: (m, ref) => {
      const month = Number(m[1]) * 3;
      const year = nextYearFor(ref, month, daysIn(parts(ref.day)[0], month));
      return ymd(year, month, daysIn(year, month));
    },
    endOf: true,
  },
  {
    // "by the last working day of November", "the last business day of the year": the period's last weekday.
    name: 'last working day of a period',
    pattern: new RegExp(
      `\\b(?:the )?last (?:working|business|work) day of (?:(the|this|next) (month|year)|${MONTH})`,
      'gi',
    ),
    resolve: (m, ref) => {
      const [y, mo] = parts(ref.day);
      let year = y;
      let month: number;
      if (m[2]) {
        const next = m[1]!.toLowerCase() === 'next';
        if (m[2].toLowerCase() === 'year') {
          year = y + (next ? 1 : 0);
          month = 12;
        } else {
          month = mo + (next ? 1 : 0);
          if (month > 12) [year, month] = [y + 1, 1];
        }
      } else {
        month = MONTHS.indexOf(m[3]!.toLowerCase().slice(0, 3)) + 1;
        year = nextYearFor(ref, month, daysIn(y, month));
      }
      let day = ymd(year, month, daysIn(year, month));
      while (weekdayOf(day) % 6 === 0) day = addDays(day, -1);
      return day;
    },
  },
  {
    name: 'end of year',
    // "by year end", "before year-end": only after a deadline word, so "the year-end report" stays a report.
    pattern:
      /\b(?:the )?end of (?:the |this )?(next )?year\b|\beoy\b|(?<=\b(?:by|before|until|till|at|for) (?:the )?)year[- ]end\b/gi,
    resolve: (m, ref) => ymd(parts(ref.day)[0] + (m[1] ? 1 : 0), 12, 31),
    endOf: true,
  },
  {
    // "check the tyres before the weekend": done by the week's last working day, Friday (from a Saturday, the next).
    name: 'before the weekend',
    pattern: /(?<=\b(?:before|by|until|till) )(?:the|this) weekend\b/gi,
    resolve: (_m, ref) => fridayOf(ref, 0),
  },
  {
    // "by Friday week", "Tuesday week", "a week on Friday", "the Friday after next": the weekday a week after the
    // coming one (British, mostly).
    name: 'weekday week',
    pattern: new RegExp(
      String.raw`\b(?:${WEEKDAY_WORDS}\.? week|a week (?:on|from) ${WEEKDAY_WORDS}|(?:the )?${WEEKDAY_WORDS} after next)\b`,
      'gi',
    ),
    resolve: (m, ref) => {
      const ahead = (weekdayIndex(m[1] ?? m[2] ?? m[3]!) - weekdayOf(ref.day) + 7) % 7 || 7;
      return addDays(ref.day, ahead + 7);
    },
  },
  {
    // "2moro", "tmr am", "tmw": tomorrow as chat writes it (chrono knows "tomorrow" and "tmr" is not a word).
    name: 'tomorrow in chat',
    pattern:
      /\b(?:2moro|2morrow|2mrw|tmrw?|tmw|tmrow|tomoz)\b(?: (?:am|pm|morning|afternoon|evening|night))?/gi,
    resolve: (_m, ref) => addDays(ref.day, 1),
  },
  {
    // "this arvo", "tomorrow arvo": the afternoon, as Australians write it.
    name: 'arvo',
    pattern: /\b(this|tomorrow|tmrw) arvo\b/gi,
    resolve: (m, ref) => addDays(ref.day, /^this$/i.test(m[1]!) ? 0 : 1),
  },
  {
    // "before lunch", "by lunchtime": the middle of today, or of tomorrow said beside it.
    name: 'lunch',
    pattern: /(?<=\b(?:before|by|until|till|after|at)\s+)lunch(?:time)?\b(\s+tomorrow\b)?/gi,
    resolve: (m, ref) =>
      m[1] || /\btomorrow\s+(?:\S+\s+)?$/i.test((m.input ?? '').slice(0, m.index))
        ? addDays(ref.day, 1)
        : ref.day,
  },
  {
    name: 'right now',
    pattern: /\b(?:right now|right away|immediately)\b/gi,
    resolve: (_m, ref) => ref.day,
  },
  {
    name: 'this time next week',
    pattern: /\b(?:this|same) time (next week|tomorrow)\b/gi,
    resolve: (m, ref) => addDays(ref.day, /tomorrow/i.test(m[1]!) ? 1 : 7),
  },
  {
    name: 'nth weekday of a month',
    pattern: new RegExp(
      `\\b(?:the )?(first|second|third|fourth|last|1st|2nd|3rd|4th) (${WEEKDAYS.join('|')}) (?:of|in) ${MONTH}(?:,?\\s+(\\d{4}))?`,
      'gi',
    ),
    resolve: (m, ref) => {
      const month = MONTHS.indexOf(m[3]!.toLowerCase().slice(0, 3)) + 1;
      const weekday = WEEKDAYS.indexOf(m[2]!.toLowerCase());
      const n = m[1]!.toLowerCase() === 'last' ? 'last' : ORDINALS[m[1]!.toLowerCase()]!;
      let year = m[4] ? Number(m[4]) : parts(ref.day)[0];
      let date = nthWeekday(year, month, weekday, n);
      if (!m[4] && date < ref.day) date = nthWeekday(++year, month, weekday, n);
      return date;
    },
  },
  {
    // "the last Friday of the month", "the first Monday of next month": the same, in the month said by its place.
    name: 'nth weekday of this or next month',
    pattern: new RegExp(
      `\\b(?:the )?(first|second|third|fourth|last|1st|2nd|3rd|4th) (${WEEKDAYS.join('|')}) (?:of|in) (the|this|next) month\\b`,
      'gi',
    ),
    resolve: (m, ref) => {
      const [y, mo] = parts(ref.day);
      const [year, month] = m[3]!.toLowerCase() === 'next' ? (mo === 12 ? [y + 1, 1] : [y, mo + 1]) : [y, mo];
      const weekday = WEEKDAYS.indexOf(m[2]!.toLowerCase());
      const n = m[1]!.toLowerCase() === 'last' ? 'last' : ORDINALS[m[1]!.toLowerCase()]!;
      return nthWeekday(year, month, weekday, n);
    },
  },
  {
    name: 'month the ordinal',
    pattern: new RegExp(`\\b${MONTH} the (\\d{1,2})(?:st|nd|rd|th)\\b`, 'gi'),
    resolve: (m, ref) => {
      const month = MONTHS.indexOf(m[1]!.toLowerCase().slice(0, 3)) + 1;
      const day = Number(m[2]);
      if (day < 1 || day > 31) return null;
      return ymd(nextYearFor(ref, month, day), month, day);
    },
  },
  {
    // "by Monday the 7th", "Wed the 2nd": the day of that number that falls on that weekday, within the next
    // three months (chrono reads the weekday alone, the coming Monday, whatever the number says).
    name: 'weekday the ordinal',
    pattern: new RegExp(String.raw`\b${WEEKDAY_WORDS}\.?,? the (\d{1,2})(?:st|nd|rd|th)\b`, 'gi'),
    resolve: (m, ref) => {
      const weekday = weekdayIndex(m[1]!);
      const day = Number(m[2]);
      let [y, mo] = parts(ref.day);
      for (let tries = 0; tries < 4; tries++) {
        const date = day <= daysIn(y, mo) ? ymd(y, mo, day) : null;
        if (date && date >= ref.day && weekdayOf(date) === weekday) return date;
        [y, mo] = mo === 12 ? [y + 1, 1] : [y, mo + 1];
      }
      return null;
    },
  },
  {
    // "next week on Tuesday", "this week Monday", "Tuesday of last week", "the following Friday": a weekday in a
    // named week (chrono reads the weekday alone, the coming one). Weeks start on Monday, as work calendars do;
    // "the following Friday" is next week's, as chrono reads "next Friday".
    name: 'weekday of a named week',
    pattern: new RegExp(
      String.raw`\b(?:(this|next|last|the following|following) week,?\s+(?:on\s+)?${WEEKDAY_WORDS}|${WEEKDAY_WORDS},?\s+(?:of|in) (this|next|last|the following) week|(?:the )?(following) ${WEEKDAY_WORDS})\b`,
      'gi',
    ),
    resolve: (m, ref) => {
      const week = (m[1] ?? m[4] ?? m[5])!.toLowerCase();
      const weekday = weekdayIndex((m[2] ?? m[3] ?? m[6])!);
      const monday = addDays(ref.day, -((weekdayOf(ref.day) + 6) % 7));
      const shift = week === 'this' ? 0 : week === 'last' ? -1 : 1;
      return addDays(monday, 7 * shift + ((weekday + 6) % 7));
    },
  },
  {
    // "the 15th of next month", "the 3rd day of this month": chrono reads the month and loses the day.
    name: 'day of a named month',
    pattern: /\bthe (\d{1,2})(?:st|nd|rd|th)(?: day)? of (this|next) month\b/gi,
    resolve: (m, ref) => {
      const [y, mo] = parts(ref.day);
      const [year, month] = m[2]!.toLowerCase() === 'next' ? (mo === 12 ? [y + 1, 1] : [y, mo + 1]) : [y, mo];
      const day = Number(m[1]);
      return day >= 1 && day <= daysIn(year, month) ? ymd(year, month, day) : null;
    },
  },
  {
    // "within 3 business days", "in the next two working days": counted on weekdays only.
    name: 'working days from now',
    pattern:
      /\b(?:within|in) (?:the next )?(a|an|one|two|three|four|five|six|\d{1,2}) (?:business|working|work) days?\b/gi,
    resolve: (m, ref) => addWorkdays(ref.day, countOf(m[1]!)),
    fromNow: true,
  },
  {
    // "within 3 days", "in a fortnight", "in two months": a time from now (chrono leaves the day of a month or a
    // year unsaid, and reads neither "within" nor "fortnight").
    name: 'a time from now',
    pattern:
      /\b(?:within|in) (a|an|one|two|three|four|five|six|\d{1,2}) (day|week|fortnight|month|year)s?\b/gi,
    resolve: (m, ref) => {
      const n = countOf(m[1]!);
      const unit = m[2]!.toLowerCase();
      if (unit === 'day' || unit === 'week' || unit === 'fortnight')
        return addDays(ref.day, n * (unit === 'day' ? 1 : unit === 'week' ? 7 : 14));
      const [y, mo, d] = parts(ref.day);
      const months = mo - 1 + n * (unit === 'year' ? 12 : 1);
      const year = y + Math.floor(months / 12);
      const month = (months % 12) + 1;
      return ymd(year, month, Math.min(d, daysIn(year, month)));
    },
    fromNow: true,
  },
  {
    // "before Thanksgiving", "by Easter", "Christmas 2027": the holidays work plans around (holidays.ts).
    name: 'holiday',
    pattern: HOLIDAY,
    // "installed before Christmas": the holiday is a day off, so what is due before it is due the day before
    // ("2 weeks before Christmas" counts from the holiday itself).
    resolve: (m, ref) => {
      const before = (m.input ?? '').slice(0, m.index);
      const after = (m.input ?? '').slice((m.index ?? 0) + m[0].length);
      // "order the Christmas decorations", "the Thanksgiving menu": a holiday before a noun names a kind of thing;
      // it is a time only after a time word, or before a word for the holiday's time ("the Christmas break").
      if (HOLIDAY_AS_MODIFIER.test(after) && !HOLIDAY_TIME_WORD_BEFORE.test(before)) return null;
      const day = holidayDate(m, ref);
      return day && DUE_BEFORE.test(before) ? addDays(day, -1) : day;
    },
  },
  {
    // "by the 1st": the next day of that number, this month or the next.
    name: 'the ordinal',
    pattern: new RegExp(
      `(?:\\bthe |(?<=\\b(?:on|by|before|until|till) ))(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?${MONTH})(?!(?:\\s+day)?\\s+of\\s+(?:this|next)\\s+month)(?!\\s+(?:time|floor|row|item|line|page|place|version|attempt|week|day|hour|percentile|century))`,
      'gi',
    ),
    resolve: (m, ref) => {
      const day = Number(m[1]);
      if (day < 1 || day > 31) return null;
      const [y, mo, d] = parts(ref.day);
      if (day >= d && day <= daysIn(y, mo)) return ymd(y, mo, day);
      const next = mo === 12 ? [y + 1, 1] : [y, mo + 1];
      return day <= daysIn(next[0]!, next[1]!) ? ymd(next[0]!, next[1]!, day) : null;
    },
  },
  {
    // "at 3p", "by 10a": Slack shorthand for a clock time, today unless it has passed.
    name: 'short clock time',
    pattern: /\b(?:at|by|before|around|til|till|until) (\d{1,2})(?::(\d{2}))?\s?([ap])\b(?!\.?m)/gi,
    resolve: (m, ref) => {
      const hour = (Number(m[1]) % 12) + (m[3]!.toLowerCase() === 'p' ? 12 : 0);
      return dayOfNext(hour, Number(m[2] ?? 0), ref);
    },
    hasTime: true,
  },
  {
    // "b4 5", "by 3.", "no later than 11": an hour alone after a deadline word is a clock time in working hours
    // (1 to 6 the afternoon, 7 to 11 the morning), today unless it has passed. Not an amount: "cut it by 5.", nor
    // "by 5 people", "by 3%", "by 2 weeks" (the hour must end its clause), nor an hour a day word follows, which
    // chrono reads with its day.
    name: 'hour alone',
    pattern:
      /\b(?:by|before|b4|until|til|till|no later than|not later than) (1[0-2]|[1-9])(?=\s*(?:(?:PT|PST|PDT|ET|EST|EDT|CT|CST|MT|UTC|GMT|CET|CEST|BST|IST|JST|KST|AEST)\b\s*)?(?:$|[,;!?)\n]|\.(?!\d)))/gi,
    resolve: (m, ref) => {
      if (AMOUNT_BEFORE.test((m.input ?? '').slice(0, m.index))) return null;
      return dayOfNext(workingHour(Number(m[1])), 0, ref);
    },
    hasTime: true,
  },
  {
    // "until 4/12", "by Tues 1/12": both numbers could be the month, and Europe writes the day first where the US
    // writes the month first. A deadline is the nearer of the two days still to come (in late November "4/12" is
    // 4 December, not 12 April), and the one on the weekday written beside it when only one is. Where one number
    // cannot be a month chrono already reads the other way.
    name: 'day and month either way',
    pattern: new RegExp(
      String.raw`(?:\b${WEEKDAY_WORDS}\.?,?\s+)?(?<![\d/.])(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/%])`,
      'gi',
    ),
    resolve: (m, ref) => {
      const [a, b] = [Number(m[2]), Number(m[3])];
      if (a < 1 || b < 1 || a > 12 || b > 12) return null;
      const year = m[4] ? Number(m[4].length === 2 ? `20${m[4]}` : m[4]) : null;
      const dayOf = (month: number, day: number) => {
        const y = year ?? nextYearFor(ref, month, day);
        return day <= daysIn(y, month) ? ymd(y, month, day) : null;
      };
      const ahead = [dayOf(a, b), dayOf(b, a)].filter((d): d is string => !!d && d >= ref.day).sort();
      const named = m[1] ? ahead.filter((d) => weekdayOf(d) === weekdayIndex(m[1]!)) : [];
      return named[0] ?? ahead[0] ?? null;
    },
  },
  {
    // "order the helmets until 4.12.", "bis 4.12.2026": day.month with dots, as most of Europe writes it. Only
    // after a word that introduces a date and with the dot after the month, so "upgrade to 4.12" stays a version.
    name: 'day.month with dots',
    // A weekday before it says the same ("Thursday 3.12."); a zero-padded day and month need no closing dot
    // ("till 04.12"), as no version is written so.
    pattern: new RegExp(
      String.raw`(?:\b${WEEKDAY_NAME}\.?,?\s)?(?<=\b(?:by|until|till|til|before|b4|on|due|from|than|latest|bis|${WEEKDAY_NAME}\.?,?)\s)(?:(\d{1,2})\.(\d{1,2})\.(\d{4})?|(0\d)\.(0\d|1[0-2])(?=$|[\s,;!?)]))(?!\d)`,
      'gi',
    ),
    resolve: (m, ref) => {
      const day = Number(m[1] ?? m[4]);
      const month = Number(m[2] ?? m[5]);
      if (month < 1 || month > 12 || day < 1 || day > 31) return null;
      const year = m[3] ? Number(m[3]) : nextYearFor(ref, month, day);
      return day <= daysIn(year, month) ? ymd(year, month, day) : null;
    },
  },
  {
    // "by Tues", "b4 weds": the abbreviations chrono does not know, the coming day of that name.
    name: 'weekday abbreviated',
    pattern: /\b(tues|weds)\b\.?/gi,
    resolve: (m, ref) => addDays(ref.day, (weekdayIndex(m[1]!) - weekdayOf(ref.day) + 7) % 7 || 7),
  },
  {
    // "by 1700", "before 0930 CET": the 24-hour clock without a colon. Only working hours (06 to 19) after a
    // deadline word, and nothing but a zone, "sharp" or a day word after it: "by 2026" is a year, "by 1500 units"
    // an amount.
    name: 'four-digit clock time',
    pattern:
      /(?<=\b(?:at|by|before|b4|until|till|til|no later than|not later than) )(0[6-9]|1\d)([0-5]\d)(?: ?h(?:rs)?)?(?![\w/:-]|[.,]\d)(\s+(?:today|tomorrow|tmrw))?(?=\s*(?:$|[,;.!?)\n]|(?:[A-Z]{2,4}|sharp|latest|at the latest)\b))/g,
    resolve: (m, ref) =>
      m[3]
        ? addDays(ref.day, /^\s*t(?:omorrow|mrw)/i.test(m[3]) ? 1 : 0)
        : dayOfNext(Number(m[1]), Number(m[2]), ref),
    hasTime: true,
  },
];
