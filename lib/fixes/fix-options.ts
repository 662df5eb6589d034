import type { DraftKind, Finding } from '../analysis/types';
import { askFirst } from './ask-first';
import { dateChips } from './date-chips';
import { numberedQuestions } from './numbered-questions';
import { ownerChoices } from './owner-choices';
import type { FixOption } from './types';

/** What the fix options are computed from: the text as it was read, and the writer's clock. */
export interface FixInput {
  text: string;
  /** `localIsoNow()` at the time the card is drawn. */
  now: string;
  /** The people the message goes to, as the page names them (`DraftSnapshot.people`): the owner fix's choices. */
  people?: readonly string[];
  /** What is being written (`Draft.kind`): a page is a document, not a message with a top to move an ask to. */
  kind?: DraftKind;
}

/**
 * The one-click fixes a card offers, each a single edit of the text as read. The engine's own suggestion comes
 * first ("Change to “Fri 4 Dec”", "Remove “just”"); then the fixes this module knows for the rule.
 */
export function fixOptions(finding: Finding, input: FixInput): FixOption[] {
  const options: FixOption[] = [];
  const { start, end, suggestion } = finding;
  if (suggestion !== undefined) {
    const words = input.text.slice(start, end);
    const label = suggestion ? `Change to “${suggestion}”` : words ? `Remove “${words}”` : 'Remove it';
    options.push({ label, edit: { start, end, text: suggestion } });
  }
  if (finding.rule === 'vague-deadline') options.push(...dateChips(finding, input.text, input.now));
  // A page's top is its title and headings; an ask moved there would become one.
  if (finding.rule === 'buried-ask' && input.kind !== 'page') options.push(...askFirst(finding, input.text));
  if (finding.rule === 'stacked-questions') options.push(...numberedQuestions(finding, input.text));
  if (finding.rule === 'no-owner') options.push(...ownerChoices(finding, input.text, input.people ?? []));
  return options;
}
