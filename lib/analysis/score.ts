import type { Category, Finding, ScoreWeights } from './types';

/** Points a finding takes off the 100 a message starts with, by severity, times a per-category factor. */
export const DEFAULT_WEIGHTS: ScoreWeights = {
  info: 1,
  warning: 8,
  error: 20,
  categories: { ask: 1.25, deadline: 1, recipient: 1, context: 1, style: 0.5 },
};

/** The one clarity score: the compose box, the history and the command line all call this. */
export function scoreFindings(findings: readonly Finding[], weights?: Partial<ScoreWeights>): number {
  const w = { ...DEFAULT_WEIGHTS, ...weights };
  const factors: Partial<Record<Category, number>> = {
    ...DEFAULT_WEIGHTS.categories,
    ...weights?.categories,
  };
  let lost = 0;
  for (const f of findings) lost += (w[f.severity] ?? 0) * (factors[f.category] ?? 1);
  return Math.max(0, Math.min(100, Math.round(100 - lost)));
}
