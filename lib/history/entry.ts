import type { Draft, Report } from '../analysis/types';
import { isoDate } from './calendar';
import type { HistoryEntry } from './types';

export interface SendFacts {
  key: string;
  fixes: number;
  /** Epoch ms of the send. */
  time: number;
  timeZone: string;
  /** The salted hash of the sent text (text-hash.ts), for a send recorded live. */
  textHash?: string;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Notion pages have no send: one entry per page per local day, rewritten as the page changes. */
export function entryKey(draft: Draft, facts: Pick<SendFacts, 'key' | 'time' | 'timeZone'>): string {
  if (draft.site !== 'notion' || (draft.kind && draft.kind !== 'page')) return facts.key;
  const page = draft.channel?.trim() || facts.key;
  return `notion-page:${page}:${isoDate(facts.time, facts.timeZone)}`;
}

/** The metrics of one send: never its text. */
export function buildEntry(draft: Draft, report: Report, facts: SendFacts): HistoryEntry {
  const categories: HistoryEntry['categories'] = {};
  const rules: HistoryEntry['rules'] = {};
  for (const finding of report.findings) {
    categories[finding.category] = (categories[finding.category] ?? 0) + 1;
    rules[finding.rule] = (rules[finding.rule] ?? 0) + 1;
  }
  const key = entryKey(draft, facts);
  return {
    key,
    time: facts.time,
    site: draft.site,
    ...(draft.kind ? { kind: draft.kind } : {}),
    score: report.score,
    words: countWords(draft.text),
    categories,
    rules,
    fixes: Math.max(0, Math.trunc(facts.fixes)),
    ...(facts.textHash ? { textHash: facts.textHash } : {}),
  };
}
