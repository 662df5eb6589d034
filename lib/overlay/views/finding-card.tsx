import { ruleName } from '../../analysis/rule-text';
import { SEVERITY_WORD } from '../../analysis/severity-word';
import type { Finding } from '../../analysis/types';
import type { FixOption } from '../../fixes/types';
import { cardTitle, groupHeading } from '../card-title';
import { aboutRecipients } from '../field-findings';

export interface CardActions {
  applyFix(index: number, choice: number): void;
  ignore(index: number): void;
  disableRule(ruleId: string): void;
  undo(): void;
  focusRecipients(): void;
}

interface Props {
  /** The occurrence this card shows now (of `occurrences`, in text order). */
  finding: Finding;
  index: number;
  /** Every finding of this card's rule (indices into the report's findings); one for a card of its own. */
  occurrences: readonly number[];
  /** This finding's one-click fixes (a suggestion, date chips…), each one edit. */
  fixes: readonly FixOption[];
  /** The flagged text of each finding of the report, to quote what a card is about. */
  flagged?: readonly string[];
  current: boolean;
  actions: CardActions;
  /** Show another occurrence of the group (its mark is scrolled into view). */
  onJump(index: number): void;
}

export function FindingCard({
  finding,
  index,
  occurrences,
  fixes,
  flagged,
  current,
  actions,
  onJump,
}: Props) {
  const words = flagged?.[index];
  const at = occurrences.indexOf(index);
  const many = occurrences.length > 1;
  const name = ruleName(finding.rule);
  return (
    <li class={`card sev-${finding.severity}${current ? ' current' : ''}`} tabIndex={-1} data-index={index}>
      <p class="meta">
        {SEVERITY_WORD[finding.severity]} · {name}
      </p>
      {many && (
        <p class="group">
          {groupHeading(
            name,
            occurrences.map((i) => flagged?.[i]),
          )}
        </p>
      )}
      <p class="message">{cardTitle(finding, words)}</p>
      {finding.why && <p class="why">{finding.why}</p>}
      {many && (
        <div class="jump">
          <button
            type="button"
            disabled={at <= 0}
            aria-label={at > 0 ? `Previous: ${at} of ${occurrences.length}` : 'Previous (this is the first)'}
            onClick={() => onJump(occurrences[at - 1]!)}
          >
            ‹
          </button>
          <span>
            {at + 1} of {occurrences.length}
          </span>
          <button
            type="button"
            disabled={at >= occurrences.length - 1}
            aria-label={
              at < occurrences.length - 1
                ? `Next: ${at + 2} of ${occurrences.length}`
                : 'Next (this is the last)'
            }
            onClick={() => onJump(occurrences[at + 1]!)}
          >
            ›
          </button>
        </div>
      )}
      <div class="actions">
        {aboutRecipients(finding) && (
          <button type="button" class="fix" onClick={() => actions.focusRecipients()}>
            Go to To
          </button>
        )}
        {fixes.map((fix, choice) => (
          <button key={fix.label} type="button" class="fix" onClick={() => actions.applyFix(index, choice)}>
            {fix.label}
          </button>
        ))}
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
