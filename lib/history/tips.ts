import type { Category } from '../analysis/types';

// One line a person can act on next time, per rule. Rules added later fall back to their category's line.
const RULE_TIPS: Record<string, string> = {
  'greeting-only': 'Say what you need in the first message, not just "hi".',
  'buried-ask': 'Put the ask in the first two sentences; context can follow.',
  'stacked-questions': 'Number your questions so each one gets an answer.',
  'reply-wanted-no-ask': 'If you want a reply, ask a concrete question.',
  'missing-deadline': 'Add a date: "by Thursday 3pm CET" beats no deadline.',
  'vague-deadline': 'Swap "soon" or "ASAP" for a real date and time.',
  'relative-date': 'Write the date ("Fri 14 Mar"), not just "Friday".',
  'deadline-timezone': 'Add a timezone to times: "5pm CET", not "EOD".',
  'no-owner': 'Name who should do it: "Sam, can you …".',
  'no-recipients': 'Add a recipient before you send.',
  'broadcast-mention': 'Save @channel and @here for real emergencies.',
  'dangling-reference': 'Link the doc or call you mean instead of "as discussed".',
  'unnamed-artifact': 'Name or link "the doc", "the PR", "the ticket".',
  'opening-pronoun': 'Open with the thing itself, not "it" or "this".',
  'undefined-acronym': 'Spell out an acronym the first time, or add it to the glossary.',
  'long-sentence': 'Split sentences longer than about 35 words.',
  'wall-of-text': 'Break long paragraphs up, or use a short list.',
  'hedging-filler': 'Drop "just" and "sorry to bother": ask plainly.',
};

const CATEGORY_TIPS: Record<Category, string> = {
  ask: 'Make the ask clear and near the top.',
  deadline: 'Give every ask a specific deadline.',
  recipient: 'Name who owns each ask.',
  context: 'Link what you refer to, so nobody has to ask.',
  style: 'Keep sentences and paragraphs short.',
};

export function tipFor(rule: string, category?: Category): string {
  return (
    RULE_TIPS[rule] ?? (category ? CATEGORY_TIPS[category] : 'Check the cards Clearsend shows on this one.')
  );
}

/** A readable name for a rule id: "vague-deadline" → "Vague deadline", "phrase:x" → "Team phrase: x". */
export function ruleLabel(rule: string): string {
  if (rule.startsWith('phrase:')) return `Team phrase: ${rule.slice(7)}`;
  const words = rule.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const CATEGORY_LABELS: Record<Category, string> = {
  ask: 'Clear ask',
  deadline: 'Deadline',
  recipient: 'Owner',
  context: 'Context',
  style: 'Style',
};
