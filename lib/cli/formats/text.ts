import type { CheckedDraft } from './checked';
import { filePosition, labelOf } from './checked';

/** The human format: a header per draft with its score, then one line per finding with file line:column. */
export function formatText(results: readonly CheckedDraft[]): string {
  return results.map(formatOne).join('\n');
}

function formatOne(c: CheckedDraft): string {
  const { draft, report } = c;
  const lines = [`${labelOf(c)}  score ${report.score}`];
  if (report.limits) lines.push(`  note: ${report.limits.message}`);
  for (const f of report.findings) {
    const quote = draft.text.slice(f.start, f.end).replace(/\s+/g, ' ');
    const short = quote.length > 50 ? `${quote.slice(0, 49)}…` : quote;
    // Where the text maps onto the file's lines (.txt, mail headers) the position is the file's; in .json, the text's.
    const at = filePosition(c, f.start) ?? filePosition({ ...c, firstLine: 1 }, f.start)!;
    lines.push(`  ${`${at.line}:${at.column}`.padEnd(7)} ${f.severity.padEnd(7)} ${f.rule}  ${f.message}`);
    if (short) lines.push(`          "${short}"${f.suggestion ? ` -> "${f.suggestion}"` : ''}`);
  }
  if (report.findings.length === 0) lines.push('  no findings');
  return lines.join('\n');
}
