import type { Draft, Finding, Report } from '../../analysis/types';
import type { HistoryEntry } from '../types';

let counter = 0;

/** A unique database name per test, so tests never see each other's data. */
export function freshDbName(): string {
  counter++;
  return `clearsend-history-test-${counter}-${Math.random().toString(36).slice(2)}`;
}

export function finding(
  rule: string,
  category: Finding['category'],
  severity: Finding['severity'] = 'warning',
): Finding {
  return { rule, category, severity, start: 0, end: 1, message: rule };
}

export function reportOf(score: number, findings: Finding[] = []): Report {
  return { score, findings, facts: { asks: [], deadlines: [], mentions: [], references: [] }, checklist: [] };
}

export function draftOf(text: string, site: Draft['site'] = 'slack', extra: Partial<Draft> = {}): Draft {
  return { text, site, ...extra };
}

export function entryAt(time: number, score: number, extra: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    key: `k${time}-${score}`,
    time,
    site: 'gmail',
    score,
    words: 10,
    categories: {},
    rules: {},
    fixes: 0,
    ...extra,
  };
}
