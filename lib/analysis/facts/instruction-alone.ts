import type { SentenceInfo } from '../sentence-info';
import { type AskKind, askDecidedByStructure, statesOwnNeed } from './asks';

/** Features of a line that names, heads or lists rather than instructs, or that cheers, reports or offers. */
const NOT_AN_INSTRUCTION = [
  'listItem',
  'heading',
  'titleCase',
  'exclamation',
  'pastTense',
  'offer',
  'conditional',
];

/**
 * "Ship it.", "Send the deck. Thanks!", "…tests are green and Priya signed off. ship it.": a message to someone
 * whose only instruction is a verb acting on an object ("it", "the deck") puts it to its reader, capitalised or
 * not. The ask model weighs a capitalised imperative in a chat low, for the chat sentences of its data that look
 * like one are mostly changelog lines, headings and how-to steps, or nouns the tagger read as verbs ("Release
 * notes", "Schedule for the open day"); lists, titles, lead-ins and a verb with no object stay out here, as do a
 * cheer ("Keep it up!"), a sentence whose form settles it (a formula, a commitment) and a message that asks
 * something already (its other imperatives may be steps of that ask).
 */
export function instructionAloneAsks(sentences: readonly SentenceInfo[]): (AskKind | null)[] {
  // "Send the deck. Need it by Thursday.": the need stated after it is its deadline (facts/ask-info.ts), not
  // another ask that the instruction would be a step of.
  if (sentences.some((x) => x.ask !== null && !statesOwnNeed(x.askFeatures)))
    return sentences.map(() => null);
  return sentences.map((s) => {
    if (s.ask !== null || !putToReader(s)) return null;
    // "Let us know which slot works": told to answer, a question, as "can you tell me…" is.
    return s.askFeatures.includes('requestToTell') ? 'question' : 'task';
  });
}

function putToReader(s: SentenceInfo): boolean {
  const f = s.askFeatures;
  if (s.describes || (!f.includes('in=chat') && !f.includes('in=email'))) return false;
  if (!f.includes('imperative') || !(f.includes('verbThen=determiner') || f.includes('verbThen=pronoun')))
    return false;
  if (NOT_AN_INSTRUCTION.some((x) => f.includes(x)) || /:\s*$/.test(s.text)) return false;
  return !askDecidedByStructure(s.text, f);
}
