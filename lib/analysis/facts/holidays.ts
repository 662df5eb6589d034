import { addDays, nthWeekday, partsOf, type Reference, ymd } from './day-math';

/**
 * The holidays work plans around ("before Thanksgiving", "by Easter", "2 weeks before Christmas"), one row each:
 * how it is written, and the day it falls on in a given year. US and UK office calendars; a name that is also
 * ordinary words ("new year") counts only after a time word (see NEW_YEAR_AFTER).
 */
interface Holiday {
  names: string;
  dayIn(year: number): string;
}

/** Easter Sunday of a year (the Gregorian computus, Anonymous/Meeus): Good Friday and Easter Monday hang on it. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return ymd(year, month, ((h + l - 7 * m + 114) % 31) + 1);
}

const thanksgiving = (year: number) => nthWeekday(year, 11, 4, 4);

/** "New Year" alone is often the year itself ("plans for the new year"): a day only after one of these. */
const NEW_YEAR_AFTER = String.raw`(?<=\b(?:by|before|until|till|after|over|around) (?:the )?)`;

const HOLIDAYS: Holiday[] = [
  { names: 'christmas eve', dayIn: (y) => ymd(y, 12, 24) },
  { names: 'christmas(?: day)?|xmas', dayIn: (y) => ymd(y, 12, 25) },
  { names: 'boxing day', dayIn: (y) => ymd(y, 12, 26) },
  { names: "new year['’]?s eve", dayIn: (y) => ymd(y, 12, 31) },
  { names: `new year['’]?s(?: day)?|${NEW_YEAR_AFTER}new years?`, dayIn: (y) => ymd(y, 1, 1) },
  { names: 'thanksgiving(?: day)?', dayIn: thanksgiving },
  { names: 'black friday', dayIn: (y) => addDays(thanksgiving(y), 1) },
  { names: 'cyber monday', dayIn: (y) => addDays(thanksgiving(y), 4) },
  { names: 'good friday', dayIn: (y) => addDays(easterSunday(y), -2) },
  { names: 'easter monday', dayIn: (y) => addDays(easterSunday(y), 1) },
  { names: 'easter(?: sunday)?', dayIn: easterSunday },
  { names: '(?:martin luther king(?: jr\\.?)?|mlk) day', dayIn: (y) => nthWeekday(y, 1, 1, 3) },
  { names: "presidents['’]? day", dayIn: (y) => nthWeekday(y, 2, 1, 3) },
  { names: "valentine['’]?s day", dayIn: (y) => ymd(y, 2, 14) },
  { names: 'memorial day', dayIn: (y) => nthWeekday(y, 5, 1, 'last') },
  { names: 'juneteenth', dayIn: (y) => ymd(y, 6, 19) },
  { names: 'independence day', dayIn: (y) => ymd(y, 7, 4) },
  { names: 'labou?r day', dayIn: (y) => nthWeekday(y, 9, 1, 1) },
  { names: "columbus day|indigenous peoples['’]? day", dayIn: (y) => nthWeekday(y, 10, 1, 2) },
  { names: 'halloween', dayIn: (y) => ymd(y, 10, 31) },
  { names: 'veterans day', dayIn: (y) => ymd(y, 11, 11) },
];

/** Any holiday's name, for the cheap "could this sentence name a time?" test. */
export const HOLIDAY_WORDS =
  /christmas|xmas|boxing day|new year|thanksgiving|black friday|cyber monday|easter|good friday|mlk|martin luther king|presidents|valentine|memorial day|juneteenth|independence day|labou?r day|columbus day|indigenous peoples|halloween|veterans day/i;

/** A holiday, with which one is meant: a year written after it ("Easter 2018", "of this year"), or "last" before it. */
export const HOLIDAY = new RegExp(
  String.raw`\b(?:(last|previous|next|following|this) )?(${HOLIDAYS.map((h) => `(${h.names})`).join('|')})(?:,? (?:of |in )?(\d{4}|this year|next year|last year))?\b`,
  'gi',
);

/** The day a match of HOLIDAY names: the next one to come unless a year or "last" says which. */
export function holidayDate(m: RegExpMatchArray, ref: Reference): string | null {
  const holiday = HOLIDAYS[m.slice(3, 3 + HOLIDAYS.length).findIndex((g) => g !== undefined)];
  if (!holiday) return null;
  const [thisYear] = partsOf(ref.day);
  const written = m[3 + HOLIDAYS.length]?.toLowerCase();
  const which = m[1]?.toLowerCase();
  if (written)
    return holiday.dayIn(
      /^\d/.test(written)
        ? Number(written)
        : thisYear + (written.startsWith('next') ? 1 : written.startsWith('last') ? -1 : 0),
    );
  const thisOne = holiday.dayIn(thisYear);
  if (which === 'last' || which === 'previous')
    return thisOne < ref.day ? thisOne : holiday.dayIn(thisYear - 1);
  return thisOne >= ref.day ? thisOne : holiday.dayIn(thisYear + 1);
}
