import type { Draft, Report } from '../analysis/types';

/** Line and column (1-based) of an offset, for messages a person can jump to. */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${(before[before.length - 1]?.length ?? 0) + 1}`;
}

export function formatReport(label: string, draft: Draft, report: Report): string {
  const lines = [`${label}  score ${report.score}`];
  if (report.limits) lines.push(`  note: ${report.limits.message}`);
  for (const f of report.findings) {
    const quote = draft.text.slice(f.start, f.end).replace(/\s+/g, ' ');
    const short = quote.length > 50 ? `${quote.slice(0, 49)}…` : quote;
    lines.push(
      `  ${position(draft.text, f.start).padEnd(7)} ${f.severity.padEnd(7)} ${f.rule}  ${f.message}`,
    );
    if (short) lines.push(`          "${short}"${f.suggestion ? ` -> "${f.suggestion}"` : ''}`);
  }
  if (report.findings.length === 0) lines.push('  no findings');
  return lines.join('\n');
}
