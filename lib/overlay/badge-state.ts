import type { Finding, Severity } from '../analysis/types';
import type { OverlayState } from './types';

export type Tone = Severity | 'clear' | 'muted';

export interface BadgeLook {
  /** The button's accessible name: the state in words, then the score it shows (a voice user says what they see). */
  name: string;
  tone: Tone;
  /** What the badge shows: the score when there is one. */
  text: string;
}

const CHECKING: BadgeLook = { name: 'Clearsend: checking', tone: 'muted', text: '…' };

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function worstSeverity(findings: readonly Finding[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const { severity } of findings) if (!worst || RANK[severity] > RANK[worst]) worst = severity;
  return worst;
}

/** `typing`: the text changed since the state was drawn, so what it says is about to change. */
export function describeBadge(state: OverlayState, typing = false): BadgeLook {
  if (state.status === 'paused') return { name: 'Clearsend: paused', tone: 'muted', text: '‖' };
  if (typing || state.status === 'checking') return CHECKING;
  if (state.status === 'error' || !state.report)
    return { name: "Clearsend: couldn't check this message", tone: 'muted', text: '!' };
  const { findings, score } = state.report;
  const count = findings.length;
  const text = String(score);
  if (count === 0) return { name: `Clearsend: looks clear, score ${text}`, tone: 'clear', text };
  const name = `Clearsend: ${count} ${count === 1 ? 'suggestion' : 'suggestions'}, score ${text}`;
  return { name, tone: worstSeverity(findings) ?? 'info', text };
}
