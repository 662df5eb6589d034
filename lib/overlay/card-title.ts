import type { Finding } from '../analysis/types';
import { aboutRecipients } from './field-findings';
import { quote } from './quote';

type Title = (quoted: string, message: string) => string;

/**
 * Rules whose message speaks of "this" or "your request": the card names the thing instead, quoting it
 * (“can someone send the Q3 numbers…” names nobody: say who should do it). Rules whose message already quotes
 * its words ("“ASAP” is not a deadline…") read as the engine wrote them.
 */
const NAMED: Readonly<Record<string, Title>> = {
  'no-owner': (q) => `${q} names nobody: say who should do it.`,
  'missing-deadline': (q) => `${q} has no deadline: say when you need it.`,
  'buried-ask': (q, message) => message.replace(/^Your request/, q),
  'greeting-only': (q) => `${q} is only a greeting: say what you need in the same message.`,
  'long-sentence': (q, message) => message.replace(/^This sentence/, q),
  'wall-of-text': (q, message) => message.replace(/^This paragraph/, `The paragraph from ${q}`),
};

/** The card's main sentence: what to change, naming the words it is about when the text was read. */
export function cardTitle(finding: Pick<Finding, 'rule' | 'message'>, flagged?: string): string {
  // The problem is in the To field, not in any words of the body.
  if (aboutRecipients(finding)) return 'Add a recipient in To.';
  const named = NAMED[finding.rule];
  if (!named || !flagged?.trim()) return finding.message;
  return named(quote(flagged), finding.message);
}

/** The heading of a card that stands for several findings: “as discussed” — 12 times, or the rule's name. */
export function groupHeading(ruleName: string, flagged: readonly (string | undefined)[]): string {
  const texts = new Set(flagged.map((text) => text?.replace(/\s+/g, ' ').trim().toLowerCase()));
  const [only] = texts;
  const what = texts.size === 1 && only ? quote(flagged[0]!) : ruleName;
  return `${what} — ${flagged.length} times`;
}
