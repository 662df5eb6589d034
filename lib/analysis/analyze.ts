import { optionsFor, severityFor } from './config';
import { buildContext, type RuleContext } from './context';
import { FINDINGS_PER_RULE, FINDINGS_TOTAL, findCap, WORD_CAP } from './limits';
import { checkPhrases } from './phrases';
import { RULES } from './registry';
import { scoreFindings } from './score';
import type { AnalysisConfig, AskChecklist, DeadlineFact, Draft, Finding, Report, Span } from './types';

const toSpan = ({ start, end, text }: Span): Span => ({ start, end, text });

const isDevelopment = () => !!(import.meta as { env?: { DEV?: boolean } }).env?.DEV;

/** Keeps at most FINDINGS_PER_RULE findings of each rule (a preset phrase matching every word gives thousands). */
function capPerRule(findings: Finding[]): Finding[] {
  const counts = new Map<string, number>();
  return findings.filter((f) => {
    const n = (counts.get(f.rule) ?? 0) + 1;
    counts.set(f.rule, n);
    return n <= FINDINGS_PER_RULE;
  });
}

function runRules(ctx: RuleContext, config: AnalysisConfig): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = severityFor(rule, config);
    if (severity === 'off') continue;
    let found: ReturnType<typeof rule.check>;
    try {
      found = rule.check(ctx, optionsFor(rule, config));
    } catch (error) {
      // One broken rule must not take the whole check down in the writer's face; a developer should still see it.
      if (isDevelopment()) console.error(`Clearsend rule ${rule.id} failed`, error);
      continue;
    }
    for (const f of found) findings.push({ rule: rule.id, category: rule.category, severity, ...f });
  }
  // A loop, not push(...many): a spread of tens of thousands of findings overflows the call stack.
  if (config.phrases?.length) for (const f of checkPhrases(ctx, config.phrases)) findings.push(f);
  const max = ctx.text.length;
  return capPerRule(findings)
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
    .map((a) => ({ ask: a.fact, who: a.owner, when: a.deadline, why: a.why }));
  return {
    score: scoreFindings(findings, config.weights),
    facts: {
      asks: ctx.asks.map((a) => (a.deadline ? { ...a.fact, deadline: a.deadline } : a.fact)),
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
  const all = runRules(ctx, config);
  const report = buildReport(ctx, all.slice(0, FINDINGS_TOTAL), config);
  if (all.length > FINDINGS_TOTAL) {
    report.limits = {
      findingsCapped: all.length - FINDINGS_TOTAL,
      message: `Only the first ${FINDINGS_TOTAL} suggestions are shown.`,
    };
  }
  if (cap !== null) {
    report.limits = {
      ...report.limits,
      truncatedAt: cap,
      message: `Only the first ${WORD_CAP.toLocaleString('en')} words were checked.`,
    };
  }
  return report;
}
