import type { Finding } from '../analysis/types';

/** One card: every shown finding of one rule, in the report's order (indices into `report.findings`). */
export interface CardGroup {
  rule: string;
  indices: number[];
}

/**
 * Repeated findings of one rule become one card ("“as discussed” — 12 times", with previous / next), so a long
 * draft gives a list someone reads instead of 79 near-identical cards. The engine reports findings in text order,
 * so each card sits where its rule is first found and steps through the rest in the order they are written.
 */
export function groupFindings(findings: readonly Pick<Finding, 'rule'>[]): CardGroup[] {
  const byRule = new Map<string, number[]>();
  for (const [index, { rule }] of findings.entries()) {
    const indices = byRule.get(rule);
    if (indices) indices.push(index);
    else byRule.set(rule, [index]);
  }
  return [...byRule].map(([rule, indices]) => ({ rule, indices }));
}

/** The occurrence a group's card shows: the one the user clicked or jumped to, else the first. */
export function shownOccurrence(group: CardGroup, current: number): number {
  return group.indices.includes(current) ? current : group.indices[0]!;
}
