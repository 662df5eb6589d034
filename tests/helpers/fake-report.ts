import type { AskFact, DeadlineFact, Report, Span } from '../../lib/analysis/types';

/** Test helper: a span for the first occurrence of `words` in `text`, as the engine would report it. */
export function spanOf(text: string, words: string): Span {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { start, end: start + words.length, text: words };
}

interface AskSpec {
  ask: string;
  kind?: AskFact['kind'];
  who?: string;
  when?: string;
  vague?: boolean;
  date?: string;
}

/** Test helper: the Report an engine would give for `text`, built from the words of each ask (no offsets by hand). */
export function fakeReport(text: string, asks: AskSpec[], score = 70): Report {
  const facts: Report['facts'] = { asks: [], deadlines: [], mentions: [], references: [] };
  const checklist: Report['checklist'] = [];
  for (const spec of asks) {
    const who = spec.who ? spanOf(text, spec.who) : null;
    const span = spanOf(text, spec.ask);
    const ask: AskFact = {
      ...span,
      kind: spec.kind ?? 'task',
      action: span.text,
      owner: who ? 'named' : 'unowned',
    };
    const when: DeadlineFact | null = spec.when
      ? { ...spanOf(text, spec.when), vague: spec.vague ?? false, ...(spec.date ? { date: spec.date } : {}) }
      : null;
    facts.asks.push(ask);
    if (who) facts.mentions.push(who);
    if (when) facts.deadlines.push(when);
    if (ask.kind === 'task') checklist.push({ ask, who, when, why: null });
  }
  return { score, facts, findings: [], checklist };
}
