import { HOLIDAY_WORDS } from './holidays';

const MONTH_NAMES =
  'january february march april may june july august september october november december'.split(' ');
/** "by mid-December", "early January": a part of a month, no day in it. */
const PARTS_OF_MONTHS = MONTH_NAMES.flatMap((m) => [`mid-${m}`, `mid ${m}`, `early ${m}`, `late ${m}`]);

/** A weekday written alone, whole or short: "Friday", "Wed", "Thurs.", "weds". */
export const WEEKDAY_WORD =
  /^(?:sun|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat)(?:day|nesday|rsday|urday)?\.?$/i;

/** Words for time that work messages use; kept as data so the deadline code reads as logic. */
export const VAGUE_TERMS = [
  ...PARTS_OF_MONTHS,
  'asap',
  'a.s.a.p',
  'as soon as possible',
  'as soon as you can',
  'soon',
  'soonish',
  'when you get a chance',
  'when you get a sec',
  'when you get a minute',
  'when you have a chance',
  'when you have a moment',
  'when you have a minute',
  'when you have time',
  'when you can',
  'whenever you can',
  'whenever',
  'at some point',
  'sometime',
  'sometime today',
  'sometime tomorrow',
  'sometime this week',
  'sometime next week',
  'sometime this month',
  'sometime next month',
  'sometime soon',
  'some time next week',
  'in the near future',
  'at your convenience',
  'at your earliest convenience',
  'when possible',
  'in due course',
  'when time permits',
  'when you find the time',
  'when convenient',
  'eventually',
  'in a bit',
  'later this week',
  'later',
  'shortly',
  'in the coming days',
  'in the coming weeks',
  'over the next few days',
  'in the next few days',
  'in the next couple of days',
  'in the next days',
  'this week',
  'next week',
  'this month',
  'next month',
];

/** A draft naming any of these says whose clock a bare "3pm" or "EOD" is on. */
export const TIMEZONE_WORDS =
  /\b(?:utc|gmt|[pmce][sd]?t|bst|cet|cest|eet|ist|jst|aest|sgt|pacific|eastern|central|mountain|london|berlin|paris|tokyo|sydney|new york|your time|my time|local time|time ?zone)\b/i;

/** Markers that the time words point back, not forward: not a deadline. */
export const PAST_BEFORE = /\b(?:since|last|ago|yesterday|earlier|was|were|had|did)\s*$/i;

/** Anything a date resolver could find; sentences without one skip the resolver. */
const TIME_WORDS =
  /\d|\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|today|tonight|tomorrow|tmrw?|tmw|tomoz|noon|midnight|morning|afternoon|evening|week|month|quarter|year|eod|cob|eo[wmqy]|end of|close of|right now|right away|immediately|hours?|minutes?|mins?|fortnight|days?\b|lunch|arvo)/i;
export const MAYBE_TIME = new RegExp(`${TIME_WORDS.source}|${HOLIDAY_WORDS.source}`, 'i');

/** Counts written as words in "three days from Tuesday", "within two working days", "in a fortnight". */
const WORD_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
/** The number a count is written as, in digits or words; 0 when it is neither. */
export const countOf = (word: string) => Number(word) || WORD_NUMBERS[word.toLowerCase()] || 0;
