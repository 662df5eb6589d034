import { analyze } from './analyze';
import type { AnalysisConfig, Draft, Finding } from './types';

export const NOW = '2026-11-25T10:00:00-08:00'; // a Wednesday

/** Findings of one rule for a draft (a bare string is a Slack DM, so group-only rules stay quiet). */
export function findingsOf(rule: string, draft: string | Partial<Draft>, config?: AnalysisConfig): Finding[] {
  const d: Draft =
    typeof draft === 'string'
      ? { text: draft, site: 'slack', kind: 'dm', now: NOW }
      : { site: 'slack', kind: 'dm', now: NOW, text: '', ...draft };
  return analyze(d, config).findings.filter((f) => f.rule === rule);
}

/** The text a finding covers. */
export const covered = (draft: string, f: Finding) => draft.slice(f.start, f.end);
