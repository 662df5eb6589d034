import { listRules } from '../../analysis/registry';
import { RULE_TEXT } from '../../analysis/rule-text';
import type { Severity } from '../../analysis/types';
import { type CheckedDraft, filePosition } from './checked';

// SARIF 2.1.0 (OASIS), the format code-scanning UIs read: one run, the registered rules as the tool's rule
// metadata, one result per finding located by file, line and column (UTF-16 code units, SARIF's default).
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

interface SarifRule {
  id: string;
  name?: string;
  shortDescription: { text: string };
  help?: { text: string };
  properties: { category: string };
}

export function formatSarif(results: readonly CheckedDraft[], version: string): string {
  const rules: SarifRule[] = listRules().map((r) => ({
    id: r.id,
    ...(RULE_TEXT[r.id] ? { name: RULE_TEXT[r.id]!.name, help: { text: RULE_TEXT[r.id]!.tip } } : {}),
    shortDescription: { text: r.description },
    properties: { category: r.category },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults = results.flatMap((c) =>
    c.report.findings.map((f) => {
      // A preset's own phrase rules are not registered: they join the rule list the first time they appear.
      if (!index.has(f.rule)) {
        index.set(f.rule, rules.length);
        rules.push({
          id: f.rule,
          shortDescription: { text: f.message },
          properties: { category: f.category },
        });
      }
      const start = filePosition(c, f.start);
      const end = filePosition(c, f.end);
      const region =
        start && end
          ? { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column }
          : undefined;
      return {
        ruleId: f.rule,
        ruleIndex: index.get(f.rule)!,
        level: LEVEL[f.severity],
        message: { text: f.suggestion ? `${f.message} Suggestion: "${f.suggestion}".` : f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: c.file === '-' ? 'stdin' : encodeURI(c.file.split('\\').join('/')) },
              ...(region ? { region } : {}),
            },
          },
        ],
        properties: { score: c.report.score, ...(c.count > 1 ? { draftIndex: c.index } : {}) },
      };
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'clearsend', version, rules } },
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
