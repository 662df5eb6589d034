import type { Severity } from '../../analysis/types';
import { type CheckedDraft, filePosition } from './checked';

// GitHub Actions workflow commands: `::warning file=…,line=…,col=…,title=…::message` puts an annotation on the
// file's line in the pull request. Values are escaped as the runner unescapes them (actions/toolkit's command.ts).
const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(results: readonly CheckedDraft[]): string {
  const lines: string[] = [];
  for (const c of results) {
    for (const f of c.report.findings) {
      const start = filePosition(c, f.start);
      const end = filePosition(c, f.end);
      const props = [`file=${escapeProperty(c.file)}`];
      if (start && end) {
        props.push(`line=${start.line}`, `endLine=${end.line}`, `col=${start.column}`);
        if (end.line === start.line) props.push(`endColumn=${end.column}`);
      }
      props.push(`title=${escapeProperty(`clearsend ${f.rule}`)}`);
      const message = f.suggestion ? `${f.message} Suggestion: "${f.suggestion}".` : f.message;
      lines.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(message)}`);
    }
  }
  return lines.join('\n');
}
