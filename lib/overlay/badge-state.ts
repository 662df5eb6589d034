import type { Finding, Severity } from '../analysis/types';
import type { OverlayState } from './types';

export type Tone = Severity | 'clear' | 'muted';

export interface BadgeLook {
  /** The button's accessible name: the state in words. */
  name: string;
  tone: Tone;
  /** What the badge shows: the score when there is one. */
  text: string;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function worstSeverity(findings: readonly Finding[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const { severity } of findings) if (!worst || RANK[severity] > RANK[worst]) worst = severity;
  return worst;
}

export function describeBadge(state: OverlayState): BadgeLook {
  if (state.status === 'paused') return { name: 'Clearsend: paused', tone: 'muted', text: 'II' };
  if (state.status === 'error')
    return { name: "Clearsend: couldn't check this message", tone: 'muted', text: '!' };
  if (state.status === 'checking' || !state.report)
    return { name: 'Clearsend: checking', tone: 'muted', text: '…' };
  const { findings, score } = state.report;
  const count = findings.length;
  if (count === 0) return { name: 'Clearsend: looks clear', tone: 'clear', text: String(score) };
  const name = `Clearsend: ${count} ${count === 1 ? 'suggestion' : 'suggestions'}`;
  return { name, tone: worstSeverity(findings) ?? 'info', text: String(score) };
}
