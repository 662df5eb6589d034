import type { Rule, RuleInfo } from './rule';
import { broadcastMention } from './rules/broadcast-mention';
import { buriedAsk } from './rules/buried-ask';
import { danglingReference } from './rules/dangling-reference';
import { deadlineTimezone } from './rules/deadline-timezone';
import { greetingOnly } from './rules/greeting-only';
import { hedgingFiller } from './rules/hedging-filler';
import { longSentence } from './rules/long-sentence';
import { missingDeadline } from './rules/missing-deadline';
import { noOwner } from './rules/no-owner';
import { noRecipients } from './rules/no-recipients';
import { openingPronoun } from './rules/opening-pronoun';
import { relativeDate } from './rules/relative-date';
import { replyWantedNoAsk } from './rules/reply-wanted-no-ask';
import { stackedQuestions } from './rules/stacked-questions';
import { undefinedAcronym } from './rules/undefined-acronym';
import { unnamedArtifact } from './rules/unnamed-artifact';
import { vagueDeadline } from './rules/vague-deadline';
import { wallOfText } from './rules/wall-of-text';

/** Every built-in rule, in the order findings are reported. A rule file not listed here is a test failure. */
export const RULES: readonly Rule[] = [
  greetingOnly,
  buriedAsk,
  stackedQuestions,
  replyWantedNoAsk,
  missingDeadline,
  vagueDeadline,
  relativeDate,
  deadlineTimezone,
  noOwner,
  noRecipients,
  broadcastMention,
  danglingReference,
  unnamedArtifact,
  openingPronoun,
  undefinedAcronym,
  longSentence,
  wallOfText,
  hedgingFiller,
];

export type { RuleInfo };

/** What the options page shows for each rule. */
export function listRules(): RuleInfo[] {
  return RULES.map(({ id, category, description, defaults, example }) => ({
    id,
    category,
    description,
    defaults: { ...defaults, ...(defaults.options ? { options: { ...defaults.options } } : {}) },
    example: { ...example },
  }));
}
