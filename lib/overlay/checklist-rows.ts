import { formatDay } from '../analysis/facts/format-date';
import type { AskChecklist, Finding, Span } from '../analysis/types';

export interface ChecklistRow {
  label: 'What' | 'Who' | 'When' | 'Why';
  value: string;
  /** True when the reader would have to ask about it. */
  missing: boolean;
}

/**
 * "2026-11-27" → "Fri 27 Nov", "2026-11-27T15:00" → "Fri 27 Nov, 15:00": the day as formatDay writes every date
 * people read (the date chips too). The engine resolved the date in the writer's own time, so the wall-clock
 * fields are shown as they are, never shifted through a timezone.
 */
export function formatDeadline(iso: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!match) return undefined;
  const [, day, hour, minute] = match;
  const text = formatDay(day!);
  return hour && !(hour === '00' && minute === '00') ? `${text}, ${hour}:${minute}` : text;
}

type Shown = Pick<Finding, 'rule' | 'start' | 'end'>;

/**
 * What / Who / When / Why for one task ask, in the words the panel shows. A row says something is missing only
 * while a shown finding says so: once "Turn off this rule" or "Ignore here" removed that finding (or the rule does
 * not apply, as no owner in a DM), the row goes too, so the list never contradicts the cards and the score.
 */
export function describeAsk(item: AskChecklist, findings: readonly Shown[]): ChecklistRow[] {
  const flagged = (rule: string, span?: Span) =>
    findings.some((f) => f.rule === rule && (!span || (f.start < span.end && span.start < f.end)));
  const { ask, when } = item;
  const rows: ChecklistRow[] = [{ label: 'What', value: ask.text, missing: false }];
  if (item.who) rows.push({ label: 'Who', value: item.who.text, missing: false });
  else if (flagged('no-owner')) rows.push({ label: 'Who', value: 'no owner named', missing: true });
  if (when?.vague) {
    const vague = flagged('vague-deadline', when);
    rows.push({ label: 'When', value: vague ? `vague (“${when.text}”)` : `“${when.text}”`, missing: vague });
  } else if (when) {
    const date = when.date ? formatDeadline(when.date) : undefined;
    let value = date ? `${date} (“${when.text}”)` : `“${when.text}”`;
    if (when.timezoneAmbiguous && flagged('deadline-timezone', when)) value += ', no timezone';
    rows.push({ label: 'When', value, missing: false });
  } else if (flagged('missing-deadline', ask))
    rows.push({ label: 'When', value: 'no deadline', missing: true });
  rows.push({ label: 'Why', value: item.why?.text ?? 'no context', missing: !item.why });
  return rows;
}
