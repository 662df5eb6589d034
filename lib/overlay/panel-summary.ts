import type { Report } from '../analysis/types';
import { describeAsk } from './checklist-rows';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The line at the top of the panel: "3 asks · 1 without an owner · 2 without a deadline". Counted from the
 * checklist's rows, which say something is missing only while a shown finding says so, so the line agrees with
 * the cards, the checklist and the score (ignoring or turning off a rule changes all of them at once).
 * Undefined when the message holds no task ask.
 */
export function panelSummary(report: Pick<Report, 'checklist' | 'findings'>): string | undefined {
  if (report.checklist.length === 0) return undefined;
  const rows = report.checklist.map((item) => describeAsk(item, report.findings));
  const missing = (label: string, vague?: boolean) =>
    rows.filter((r) =>
      r.some(
        (row) =>
          row.label === label &&
          row.missing &&
          (vague === undefined || row.value.startsWith('vague') === vague),
      ),
    ).length;
  const parts = [plural(report.checklist.length, 'ask')];
  const noOwner = missing('Who');
  const noDeadline = missing('When', false);
  const vague = missing('When', true);
  if (noOwner) parts.push(`${noOwner} without an owner`);
  if (noDeadline) parts.push(`${noDeadline} without a deadline`);
  if (vague) parts.push(`${vague} with a vague deadline`);
  return parts.join(' · ');
}
