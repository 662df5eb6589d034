import type { ChecklistRow } from './checklist-rows';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The line at the top of the panel: "3 asks · 1 without an owner · 2 without a deadline". Counted from the very
 * rows the checklist shows (`describeAsk` of each ask), which say something is missing only while a shown finding
 * says so, so the line agrees with the cards, the checklist and the score (ignoring or turning off a rule changes
 * all of them at once). Undefined when the message holds no task ask.
 */
export function panelSummary(asks: readonly (readonly ChecklistRow[])[]): string | undefined {
  if (asks.length === 0) return undefined;
  const missing = (is: (row: ChecklistRow) => boolean) =>
    asks.filter((rows) => rows.some((row) => row.missing && is(row))).length;
  const vague = (row: ChecklistRow) => row.value.startsWith('vague');
  const parts = [plural(asks.length, 'ask')];
  const noOwner = missing((row) => row.label === 'Who');
  const noDeadline = missing((row) => row.label === 'When' && !vague(row));
  const vagueDeadline = missing((row) => row.label === 'When' && vague(row));
  if (noOwner) parts.push(`${noOwner} without an owner`);
  if (noDeadline) parts.push(`${noDeadline} without a deadline`);
  if (vagueDeadline) parts.push(`${vagueDeadline} with a vague deadline`);
  return parts.join(' · ');
}
