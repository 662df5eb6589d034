import { readFileSync } from 'node:fs';
import { analyze } from '../analysis/analyze';
import { CATEGORIES, type Category, type Draft, type Report } from '../analysis/types';

interface Expect {
  hasAsk: boolean;
  askKind?: 'task' | 'question';
  deadline: 'none' | 'vague' | 'explicit';
  date?: string;
  flag: Category[];
  noflag: Category[];
}
export interface CorpusRow {
  id: string;
  draft: Draft;
  expect: Expect;
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

export function loadCorpus(path: string): CorpusRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusRow);
}

/** What the report says about the message as a whole, in the corpus's terms. */
export function summarize(report: Report) {
  const asks = report.facts.asks;
  const explicit = report.facts.deadlines.find((d) => !d.vague);
  return {
    hasAsk: asks.length > 0,
    askKind: asks.some((a) => a.kind === 'task') ? 'task' : asks.length ? 'question' : undefined,
    deadline: explicit ? 'explicit' : report.facts.deadlines.length ? 'vague' : 'none',
    date: explicit?.date?.slice(0, 10),
    flagged: new Set(report.findings.filter((f) => f.severity !== 'info').map((f) => f.category)),
  };
}

export interface CorpusScores {
  drafts: number;
  categories: Record<string, Prf>;
  hasAsk: number;
  askKind: number;
  deadline: number;
  date: number;
  cleanDrafts: number;
  cleanFlagged: number;
  misses: string[];
}

export function scoreCorpus(rows: CorpusRow[]): CorpusScores {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const right = { hasAsk: 0, askKind: 0, askKindN: 0, deadline: 0, date: 0, dateN: 0 };
  let clean = 0;
  let cleanFlagged = 0;
  const misses: string[] = [];
  for (const row of rows) {
    const got = summarize(analyze(row.draft));
    const e = row.expect;
    for (const c of e.flag) {
      if (got.flagged.has(c)) counts[c]!.tp++;
      else {
        counts[c]!.fn++;
        misses.push(`${row.id} missed ${c}`);
      }
    }
    for (const c of e.noflag) {
      if (got.flagged.has(c)) {
        counts[c]!.fp++;
        misses.push(`${row.id} wrongly flagged ${c}`);
      }
    }
    if (got.hasAsk === e.hasAsk) right.hasAsk++;
    if (e.hasAsk) {
      right.askKindN++;
      if (got.askKind === e.askKind) right.askKind++;
    }
    if (got.deadline === e.deadline) right.deadline++;
    if (e.date) {
      right.dateN++;
      if (got.date === e.date) right.date++;
    }
    const isClean = (['ask', 'deadline', 'recipient', 'context'] as const).every((c) => e.noflag.includes(c));
    if (isClean) {
      clean++;
      if (got.flagged.size > 0) cleanFlagged++;
    }
  }
  const n = rows.length || 1;
  return {
    drafts: rows.length,
    categories: Object.fromEntries(
      Object.entries(counts)
        .filter(([, c]) => c.tp + c.fp + c.fn > 0)
        .map(([k, c]) => [k, prf(c.tp, c.fp, c.fn)]),
    ),
    hasAsk: right.hasAsk / n,
    askKind: right.askKindN ? right.askKind / right.askKindN : 1,
    deadline: right.deadline / n,
    date: right.dateN ? right.date / right.dateN : 1,
    cleanDrafts: clean,
    cleanFlagged: clean ? cleanFlagged / clean : 0,
    misses,
  };
}
