import type { AskChecklist } from '../analysis/types';

export interface ChecklistRow {
  label: 'What' | 'Who' | 'When' | 'Why';
  value: string;
  /** True when the reader would have to ask about it. */
  missing: boolean;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "2026-11-27" → "Fri 27 Nov", "2026-11-27T15:00" → "Fri 27 Nov, 15:00". The engine resolved the date in the
 * writer's own time, so the wall-clock fields are shown as they are, never shifted through a timezone.
 */
export function formatDeadline(iso: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!match) return undefined;
  const [, year, month, day, hour, minute] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (Number.isNaN(date.getTime())) return undefined;
  const text = `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
  return hour && !(hour === '00' && minute === '00') ? `${text}, ${hour}:${minute}` : text;
}

/** What / Who / When / Why for one task ask, in the words the panel shows. */
export function describeAsk(item: AskChecklist): ChecklistRow[] {
  const { when } = item;
  let whenValue = 'no deadline';
  if (when?.vague) whenValue = `vague (“${when.text}”)`;
  else if (when) {
    const date = when.date ? formatDeadline(when.date) : undefined;
    whenValue = date ? `${date} (“${when.text}”)` : `“${when.text}”`;
    if (when.timezoneAmbiguous) whenValue += ', no timezone';
  }
  return [
    { label: 'What', value: item.ask.text, missing: false },
    { label: 'Who', value: item.who?.text ?? 'no owner named', missing: !item.who },
    { label: 'When', value: whenValue, missing: !when || when.vague },
    { label: 'Why', value: item.why?.text ?? 'no context', missing: !item.why },
  ];
}
