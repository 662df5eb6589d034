import { tokenize } from '../ask/tokens';
import type { SentenceInfo } from '../sentence-info';
import { startsLine, wholeLine } from '../text/sentences';
import type { DraftKind } from '../types';
import { labelledWithName } from './mentions';

/**
 * Headings and lead-ins that hand out the items listed under them: "Next steps", "Action items:", "To do",
 * "Follow-ups from Monday's outage:", "Here's what still has to happen:". The words of task lists, not of any one
 * document.
 */
const ACTION_LEAD =
  /\b(?:action(?:s| items?)|next steps?|to[- ]?dos?|todo|tasks?|follow[- ]?ups?|asks|owners?|assignments?|homework|open items|checklist|(?:has|have|needs?) to (?:happen|be done)|for (?:you|each of you|everyone)|your part)\b/i;

/**
 * Leads that say their list documents how something is done or what something holds, in a message too: "how to
 * restart the print queue when it hangs:", "Steps to reset:", "What is in it:", "What's new:", "Changes:".
 */
const HOW_TO_LEAD =
  /^(?:(?:here(?:'s| is) )?how to\b.*|(?:the )?steps to\b.*|what(?:'s| is) (?:in (?:it|this (?:release|version|patch|update))|new|changed|included)|(?:changes|changelog|release notes|included)(?: in\b.*)?)[:\s]*$/i;

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
  if (!s.listItem || s.ask !== 'task') return false;
  const howTo = HOW_TO_LEAD.test(leadOf(sentences, i)?.text ?? '');
  if (kind !== 'page' && !howTo) return false;
  const f = s.askFeatures;
  // A step or a change may say when things happen ("Pick a slot between 7am and 6pm", "Add the Winter event (runs
  // until 4 January)"); under a lead that says how things are done or what changed, only a deadline ("by …") or
  // a vague time ("soon") makes the line a request of its reader.
  const timed = howTo ? false : s.times.length > 0;
  if (!f.includes('imperative') || timed || s.vague.length > 0) return false;
  if (['addressedPerson', 'pleaseVerb', 'openCheckbox', 'deadline'].some((name) => f.includes(name)))
    return false;
  return !handsOut(leadOf(sentences, i));
}

/**
 * "Next steps\n- Rewrite the reminder text", "Today:\n1. stop the print service", "Could you:\n- book the van": a
 * plain instruction listed under a lead that hands its items out is a task, on a page or in a message, however
 * the model weighs a list's imperative (its data holds many more changelog and how-to lines than task lists).
 */
export function handedOutByLead(sentences: readonly SentenceInfo[], i: number): boolean {
  const s = sentences[i]!;
  const f = s.askFeatures;
  if (s.ask !== null || s.describes || !s.listItem || !f.includes('imperative')) return false;
  if (['pastTense', 'doneCheckbox', 'exclamation', 'offer'].some((name) => f.includes(name))) return false;
  const lead = leadOf(sentences, i);
  return !!lead && !HOW_TO_LEAD.test(lead.text) && assignsItems(lead);
}

/**
 * "Actions\n- James: send the report by Friday": a list under an action heading is where a page or a set of notes
 * puts what it asks, and where its readers look for it, however much the sections above it say.
 */
export function underActionHeading(sentences: readonly SentenceInfo[], i: number): boolean {
  if (!inItem(sentences, i)) return false;
  const lead = leadOf(sentences, i);
  return !!lead && ACTION_LEAD.test(lead.text);
}

/** Whether sentence k belongs to a list item: the item's first sentence, or one after it on the same line. */
function inItem(sentences: readonly SentenceInfo[], k: number): boolean {
  for (let j = k; j >= 0; j--) {
    if (sentences[j]!.listItem) return true;
    if (startsLine(sentences, j)) return false;
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

/**
 * "Could you:", "Before Dec 8:", "@Ana, @Bo:", "Ana and Bo:", "Next steps": a lead that hands its items out. A lead
 * with a time in it may head an agenda or a report ("Agenda for tomorrow:", "Shipped this month:"); one that is
 * only a time and a colon ("Today:", "Before Dec 8:") sets when its items are due.
 */
const assignsItems = (lead: SentenceInfo) =>
  lead.ask !== null ||
  (/:$/.test(lead.text) &&
    lead.times.some(
      (t) => lead.text.replace(t.text, '').replace(/\b(?:by|before|until|due)\b|[\s:]/gi, '') === '',
    )) ||
  // "@Ana, @Bo:", "Ana and Bo:" hand out; "Runbook: Restarting the scanners" is a heading whose first word only
  // looks like a name
  lead.mentions.some((m) => m.text.startsWith('@')) ||
  (lead.mentions.length > 0 && /:$/.test(lead.text)) ||
  ACTION_LEAD.test(lead.text);

/** A lead after which a page's list is no description: one that hands out, or names any time or a vague one. */
const handsOut = (lead: SentenceInfo | undefined) =>
  !!lead && (assignsItems(lead) || lead.times.length > 0 || lead.vague.length > 0);

const namedLine = (sentences: readonly SentenceInfo[], k: number) =>
  wholeLine(sentences, k) && labelledWithName(sentences[k]!.text);

/**
 * "Sunniva: budget reconciliation in December": after the name's colon, a thing and no verb that states anything
 * (the first word may read as a verb to the tagger, "budget", "final").
 */
function namesOnlyTheThing(s: SentenceInfo): boolean {
  // "[x] Henrik: update the map" is done; a past tense reports.
  if (s.askFeatures.includes('pastTense') || s.askFeatures.includes('doneCheckbox')) return false;
  const tokens = tokenize(s.text);
  const colon = tokens.findIndex((t) => t.post.includes(':'));
  return tokens.slice(colon + 2).every((t) => !t.tags.has('Verb'));
}

/**
 * "- Grace: accruals for the Lisbon offices" among "- Tunde: reconcile the payouts": lines handed to names are
 * parallel, so a line that names only the thing is that person's task too, when what leads the lines asks or
 * hands them out, or two of them already ask and the rest only name things ("Priya: out sick" beside one request
 * stays a report).
 */
export function assignedAlongside(sentences: readonly SentenceInfo[], i: number): boolean {
  const s = sentences[i]!;
  if (s.ask !== null || !namedLine(sentences, i) || !namesOnlyTheThing(s)) return false;
  let first = i;
  while (first > 0 && namedLine(sentences, first - 1)) first--;
  let last = i;
  while (last + 1 < sentences.length && namedLine(sentences, last + 1)) last++;
  const run = sentences.slice(first, last + 1);
  const asking = run.filter((x) => x.ask !== null).length;
  if (asking === 0) return false;
  const lead = sentences[first - 1];
  if (lead && (lead.ask !== null || ACTION_LEAD.test(lead.text))) return true;
  return asking >= 2 && run.every((x) => x.ask !== null || namesOnlyTheThing(x));
}
