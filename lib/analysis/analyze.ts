import { optionsFor, severityFor } from './config';
import { buildContext, type RuleContext } from './context';
import { findCap, WORD_CAP } from './limits';
import { checkPhrases } from './phrases';
import { RULES } from './registry';
import { scoreFindings } from './score';
import type { AnalysisConfig, AskChecklist, DeadlineFact, Draft, Finding, Report, Span } from './types';

const toSpan = ({ start, end, text }: Span): Span => ({ start, end, text });

function runRules(ctx: RuleContext, config: AnalysisConfig): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = severityFor(rule, config);
    if (severity === 'off') continue;
    let found: ReturnType<typeof rule.check>;
    try {
      found = rule.check(ctx, optionsFor(rule, config));
    } catch {
      // One broken rule must not take the whole check down in the writer's face.
      continue;
    }
    for (const f of found) findings.push({ rule: rule.id, category: rule.category, severity, ...f });
  }
  if (config.phrases?.length) findings.push(...checkPhrases(ctx, config.phrases));
  const max = ctx.text.length;
  return findings
    .map((f) => ({
      ...f,
      start: Math.max(0, Math.min(f.start, max)),
      end: Math.max(0, Math.min(f.end, max)),
    }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}

function buildReport(ctx: RuleContext, findings: Finding[], config: AnalysisConfig): Report {
  const deadlines = new Map<number, DeadlineFact>();
  for (const a of ctx.asks) if (a.deadline) deadlines.set(a.deadline.start, a.deadline);
  const checklist: AskChecklist[] = ctx.asks
    .filter((a) => a.fact.kind === 'task')
    .map((a) => ({ ask: a.fact, who: a.toAnyone ? null : a.owner, when: a.deadline, why: a.why }));
  return {
    score: scoreFindings(findings, config.weights),
    facts: {
      asks: ctx.asks.map((a) => a.fact),
      deadlines: [...deadlines.values()],
      mentions: ctx.mentions.map(toSpan),
      references: ctx.references.map(toSpan),
    },
    findings,
    checklist,
  };
}

/**
 * The engine: a pure, synchronous function of the draft and the config. No DOM, no storage, no clock —
 * relative dates resolve against `draft.now`, and stay unresolved when the caller gives none.
 */
export function analyze(draft: Draft, config: AnalysisConfig = {}): Report {
  const full = typeof draft.text === 'string' ? draft.text : '';
  const cap = findCap(full);
  const text = cap === null ? full : full.slice(0, cap);
  const ctx = buildContext({ ...draft, text: full }, config, text);
  if (ctx.notEnglish) {
    return {
      score: 100,
      facts: { asks: [], deadlines: [], mentions: [], references: [] },
      findings: [],
      checklist: [],
      limits: { notEnglish: true, message: 'This message looks mostly not English, so it was not checked.' },
    };
  }
  const report = buildReport(ctx, runRules(ctx, config), config);
  if (cap !== null) {
    report.limits = {
      truncatedAt: cap,
      message: `Only the first ${WORD_CAP.toLocaleString('en')} words were checked.`,
    };
  }
  return report;
}
