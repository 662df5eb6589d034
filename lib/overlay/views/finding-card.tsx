import { ruleName } from '../../analysis/rule-text';
import type { Finding, Severity } from '../../analysis/types';

export interface CardActions {
  applyFix(index: number): void;
  ignore(index: number): void;
  disableRule(ruleId: string): void;
}

const SEVERITY_WORD: Record<Severity, string> = { error: 'Problem', warning: 'Suggestion', info: 'Note' };
interface Props {
  finding: Finding;
  index: number;
  /** The flagged text, to name what a deletion would remove. */
  flagged?: string;
  current: boolean;
  actions: CardActions;
}

export function FindingCard({ finding, index, flagged, current, actions }: Props) {
  const { suggestion } = finding;
  const fixLabel = suggestion ? `Change to “${suggestion}”` : flagged ? `Remove “${flagged}”` : 'Remove it';
  return (
    <li class={`card sev-${finding.severity}${current ? ' current' : ''}`} tabIndex={-1} data-index={index}>
      <p class="meta">
        {SEVERITY_WORD[finding.severity]} · {ruleName(finding.rule)}
      </p>
      <p class="message">{finding.message}</p>
      {finding.why && <p class="why">{finding.why}</p>}
      <div class="actions">
        {suggestion !== undefined && (
          <button type="button" class="fix" onClick={() => actions.applyFix(index)}>
            {fixLabel}
          </button>
        )}
        <button type="button" onClick={() => actions.ignore(index)}>
          Ignore here
        </button>
        <button type="button" onClick={() => actions.disableRule(finding.rule)}>
          Turn off this rule
        </button>
      </div>
    </li>
  );
}
