import { analyze } from '../analysis/analyze';
import type { Category } from '../analysis/types';
import type { ExportedMessage } from '../exports/message';

/** What the report keeps of one message: never its text, unless examples were asked for. */
export interface MessageScore {
  source: string;
  author: string;
  sentAt: string;
  score: number;
  /** Rules with a finding above info level, once each, and their categories. */
  problems: { rule: string; category: Category; quote?: string }[];
}

export function scoreMessage(message: ExportedMessage, withExamples: boolean): MessageScore {
  const report = analyze(message.draft);
  const seen = new Set<string>();
  const problems: MessageScore['problems'] = [];
  for (const f of report.findings) {
    if (f.severity === 'info' || seen.has(f.rule)) continue;
    seen.add(f.rule);
    const quote = withExamples
      ? message.draft.text.slice(f.start, f.end).replace(/\s+/g, ' ').slice(0, 120)
      : undefined;
    problems.push({ rule: f.rule, category: f.category, ...(quote ? { quote } : {}) });
  }
  return {
    source: message.source,
    author: message.author,
    sentAt: message.sentAt,
    score: report.score,
    problems,
  };
}
