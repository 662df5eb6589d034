import { wallClock } from '../../lib/history/calendar';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "3 Mar": the Monday a week starts on, in the user's timezone. */
export function weekLabel(weekStart: number, timeZone: string): string {
  const { day, month } = wallClock(weekStart, timeZone);
  return `${day} ${MONTHS[month - 1]}`;
}

/** "Mon 3 Mar". */
export function dayLabel(dayStart: number, timeZone: string): string {
  const { day, month, weekday } = wallClock(dayStart, timeZone);
  return `${['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][weekday]} ${day} ${MONTHS[month - 1]}`;
}
