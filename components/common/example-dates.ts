import { formatDay } from '../../lib/analysis/facts/format-date';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DATE =
  /\b(today \()?(Sun|Mon|Tue|Wed|Thu|Fri|Sat) \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/g;

const isoDay = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/**
 * A rule's example with its dates ("Fri 27 Nov", written when the example was) moved to the next such weekday
 * after `now`, so an example never shows a date already past and "by Friday" still pairs with a Friday; a date
 * written as "today (Wed 25 Nov)" becomes today's.
 */
export function freshExampleDates(text: string, now: Date): string {
  return text.replace(DATE, (_match, today: string | undefined, weekday: string) => {
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate());
    if (today) return `today (${formatDay(isoDay(day))}`;
    const ahead = (WEEKDAYS.indexOf(weekday) - day.getDay() + 7) % 7 || 7;
    day.setDate(day.getDate() + ahead);
    return formatDay(isoDay(day));
  });
}
