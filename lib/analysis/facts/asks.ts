import type { AskInput } from '../ask/features';
import { MODELS, probability } from '../ask/model';
import { tokenize } from '../ask/tokens';
import { isOpenReply, isSmallTalk } from './small-talk';

export type AskKind = 'task' | 'question';

/** The ask model's input for one sentence: its tokens and what the date pass found in it. */
export function readAskInput(
  text: string,
  listItem: boolean,
  timeAhead: boolean,
  deadline: boolean,
): AskInput {
  return { text, tokens: tokenize(text), listItem, timeAhead, deadline };
}

const PUT_TO_READER = [
  'modalYou',
  'modalSomeone',
  'imperativeClause',
  'pleaseVerb',
  'needYou',
  'needSomeone',
  'questionMark',
  'wantsReply',
  'letUs',
];

/** A first-person future ("I'll…", "we're going to…") with no request of the reader beside it. */
export const commitsOnly = (features: readonly string[]) =>
  features.includes('firstPersonFuture') &&
  features.includes('firstPersonSubject') &&
  !PUT_TO_READER.some((f) => features.includes(f));

/** Is this sentence an ask of the reader, and of which kind? Null for statements, commitments and small talk. */
export function classifyAsk(text: string, features: readonly string[]): AskKind | null {
  // A greeting, a sign-off or small talk asks nothing, whatever its form ("how are you?").
  if (isSmallTalk(text) || isOpenReply(text)) return null;
  // "I'll send the runbook by Tuesday": the writer commits; nothing in it is put to the reader.
  if (commitsOnly(features)) return null;
  // Two forms ask by their grammar alone: "I was wondering whether …" is an indirect question, and "let's …" that
  // is not a cheer ("Let's go team!") proposes something the reader is to do with the writer.
  const byForm =
    (features.includes('wonder') && !features.includes('pastTense')) ||
    (features.includes('letUs') && !features.includes('exclamation'));
  if (!byForm && probability(MODELS.ask, features) < MODELS.ask.threshold) return null;
  if (features.includes('letUs')) return 'task';
  // "Can someone fix the login page?" has a question's form and a request's force: asking for an act is a task.
  if (features.includes('requestToAct')) return 'task';
  if (features.includes('requestToTell')) return 'question';
  return probability(MODELS.question, features) >= MODELS.question.threshold ? 'question' : 'task';
}
