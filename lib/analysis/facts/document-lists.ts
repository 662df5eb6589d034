import type { SentenceInfo } from '../sentence-info';
import type { DraftKind } from '../types';

/**
 * Headings and lead-ins that hand out the items listed under them: "Next steps", "Action items:", "To do",
 * "Follow-ups from Monday's outage:", "Here's what still has to happen:". The words of task lists, not of any one
 * document.
 */
const ACTION_LEAD =
  /\b(?:action(?:s| items?)|next steps?|to[- ]?dos?|todo|tasks?|follow[- ]?ups?|asks|owners?|assignments?|homework|open items|checklist|(?:has|have|needs?) to (?:happen|be done)|for (?:you|each of you|everyone)|your part)\b/i;

/**
 * A page is a document: its lists describe (a spec's scope, a proposal, a runbook's steps, lessons learned, goals)
 * unless what leads them hands them out. Such a list's plain imperative ("- Show a banner while offline", "- Call
 * the passengers back every 10 minutes") is not an ask of the reader. One that names its owner, says please, has
 * an open to-do box or a time of its own is left to the model, and so are lists in messages, which are written to
 * someone.
 */
export function describesInDocument(
  sentences: readonly SentenceInfo[],
  i: number,
  kind?: DraftKind,
): boolean {
  const s = sentences[i]!;
  if (kind !== 'page' || !s.listItem || s.ask !== 'task') return false;
  const f = s.askFeatures;
  if (!f.includes('imperative') || s.times.length > 0 || s.vague.length > 0) return false;
  if (['addressedPerson', 'pleaseVerb', 'openCheckbox', 'deadline'].some((name) => f.includes(name)))
    return false;
  return !handsOut(leadOf(sentences, i));
}

/** Whether sentence k belongs to a list item: the item's first sentence, or one after it on the same line. */
function inItem(sentences: readonly SentenceInfo[], k: number): boolean {
  for (let j = k; j >= 0; j--) {
    if (sentences[j]!.listItem) return true;
    if (j === 0 || sentences[j - 1]!.lineEnd) return false;
  }
  return false;
}

/**
 * The line a list item hangs under: the nearest line before it that is no part of an item ("1. Check the alarm.
 * If it shows red, the transmitter is off." is one item of two sentences).
 */
function leadOf(sentences: readonly SentenceInfo[], i: number): SentenceInfo | undefined {
  let lead = i - 1;
  while (lead >= 0 && inItem(sentences, lead)) lead--;
  return sentences[lead];
}

/** "Could you:", "Before Dec 8:", "@Ana, @Bo:", "Next steps": a lead that makes its items tasks. */
const handsOut = (lead: SentenceInfo | undefined) =>
  !!lead &&
  (lead.ask !== null ||
    lead.times.length > 0 ||
    lead.vague.length > 0 ||
    lead.mentions.length > 0 ||
    ACTION_LEAD.test(lead.text));
