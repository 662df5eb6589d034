import type { CheckedDraft } from './checked';

/** One array of { file, index, score, facts, findings }: offsets are UTF-16 offsets into the draft's text. */
export function formatJson(results: readonly CheckedDraft[]): string {
  const rows = results.map(({ file, index, report }) => ({
    file,
    index,
    score: report.score,
    facts: report.facts,
    findings: report.findings,
  }));
  return JSON.stringify(rows, null, 2);
}
