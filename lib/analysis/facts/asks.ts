import type { AskInput } from '../ask/features';
import { MODELS, probability } from '../ask/model';
import { tokenize } from '../ask/tokens';
import type { Register } from '../register';
import { labelledWithName } from './mentions';
import { isOpenReply, isSmallTalk } from './small-talk';

export type AskKind = 'task' | 'question';

/** The ask model's input for one sentence: its tokens and what the date pass found in it. */
export function readAskInput(
  text: string,
  listItem: boolean,
  timeAhead: boolean,
  deadline: boolean,
  register?: Register,
): AskInput {
  return { text, tokens: tokenize(text), listItem, timeAhead, deadline, register };
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

/**
 * "We need an answer by Tuesday", "I need it for the audit due Monday": the writer's own need, with nothing put to
 * the reader. Right after an ask it is that ask's deadline and reason, not a second request.
 */
export const statesOwnNeed = (features: readonly string[]) =>
  // chat drops the "I": "need to know by tomorrow so I can tell Rob"
  (features.includes('firstPersonSubject') ||
    features.includes('weNeed') ||
    features.includes('head=need')) &&
  !PUT_TO_READER.some((f) => features.includes(f));

/** Letter formulas that present rather than request: "please find attached", "please note that…". */
const PRESENTING = new Set(['find', 'see', 'note', 'accept', 'be']);

/** "pls rebase onto main", "Sales, please review …": a polite word right before a clause's verb requests it. */
const politeInstruction = (features: readonly string[]) =>
  features.includes('pleaseVerb') &&
  !features.includes('offer') &&
  !features.some((f) => f.startsWith('pleaseThen=') && PRESENTING.has(f.slice('pleaseThen='.length)));

const has = (features: readonly string[], name: string) => features.includes(name);

/** Forms that ask by their grammar alone, whatever the model would weigh. */
const ASKING_FORMS: ((f: readonly string[]) => boolean)[] = [
  // "I was wondering whether the launch is on track": an indirect question.
  (f) => has(f, 'wonder') && !has(f, 'pastTense'),
  // "Let's review it tomorrow" proposes something the reader is to do with the writer; "Let's go team!" cheers.
  (f) => has(f, 'letUs') && !has(f, 'exclamation'),
  // "Need someone to rebase…", "we need you to sign…": a request for a person to act.
  (f) => (has(f, 'needSomeone') || has(f, 'needYou')) && !has(f, 'pastTense'),
  politeInstruction,
  // "whenever you're free can you send me the price list", "could someone book the room": asking a person for an
  // act is a request by its form, wherever the clause sits (186 of 188 such sentences in our train and dev are asks;
  // the two others, "can you believe…", are small talk, settled before this).
  (f) => (has(f, 'modalYou') || has(f, 'modalSomeone')) && has(f, 'requestToAct') && !has(f, 'pastTense'),
  (f) => has(f, 'reminderTo'),
  (f) => has(f, 'wouldHelpIf') && !has(f, 'pastTense'),
  // "We would like to ask you to send the sample by December 7": the request named as one.
  (f) => has(f, 'askYouTo'),
  (f) => has(f, 'askedForNews'),
  // "- [ ] Book the bus from the SF office": an open to-do box is a task, whatever its verb.
  (f) => has(f, 'openCheckbox') && !has(f, 'pastTense'),
];

/**
 * Letter formulas that present or announce, whatever their imperative: "Please find attached…", "Please find the
 * earlier version attached", "Please note that
 * the office is closed…", "Please join me in welcoming Dr. Nwosu".
 */
const PRESENTS =
  /^(?:[@\p{L}'’-]+,\s*)?(?:please|kindly|pls)\s+(?:(?:find|see) (?:[\p{L}'’-]+\s+){0,4}?(?:attached|enclosed|below|above)|note that|note:|be (?:advised|aware|informed) that|join (?:me|us) in (?:welcoming|congratulating|thanking))/iu;

/**
 * "yes, let's go with the timber option", "agreed, let's keep the intro": an agreement that settles a choice; "@Emma
 * yes, go ahead." alone grants what was asked for (with more after it, "go ahead, ship it by 6", it asks again).
 */
const AGREED_LET_US =
  /^(?:@\S+\s+)?(?:yes|yeah|yep|yup|agreed|ok|okay|sounds good|deal|perfect|great)\b[\s,.!—-]*(?:let's\b|go (?:ahead|for it)[\s.!👍]*$)/iu;

/**
 * "Backfill the events_daily table: done ✅", "Rotate the keys — finished", "Reorder the crepe: 120 m arrived",
 * "Prepare the shoot: booked for Dec 9": a task named with its status after it reports how it went; nobody is
 * asked to do it. The status words are those of a task's states, a few words in at most; with a deadline after it
 * the state is the one wanted by then ("Milo: stalls delivered by 8am"). A word after an article qualifies a noun
 * ("upload the fixed asset register"), it is no state.
 */
const REPORTED_DONE =
  /(?::|\s[–—-])\s*(?:[\p{L}\d.,]+\s+){0,3}?(?<!\b(?:the|a|an|this|that|these|those|our|your|my|his|her|their|its)\s)(?:done|completed?|finished|shipped|fixed|merged|resolved|sorted|booked|sent|ordered|arrived|delivered|confirmed|paid|signed|submitted|approved|published)\b(?!\s+(?:by|before|until|no later than)\b)/iu;

/**
 * "If you are not the intended recipient, please notify the sender…": a confidentiality notice is the sender's
 * standing footer, under a signature or not; its request is of someone the message was never meant for.
 */
const MISDELIVERED =
  /\bif you (?:are not|aren't|were not) the intended recipient\b|\bif you (?:have )?received this (?:e-?mail|message|communication|transmission) (?:in error|by mistake)\b/i;

/** "Save the date: the staff party is Sunday 10 January": an announcement's formula, asking nothing yet. */
const SAVE_THE_DATE = /^\W*save the date\b/i;

/** Statements in the shape of a request: announcing, presenting, reporting done, or agreeing to what was proposed. */
export const presentsOrAgrees = (text: string) =>
  PRESENTS.test(text) ||
  SAVE_THE_DATE.test(text) ||
  AGREED_LET_US.test(text) ||
  MISDELIVERED.test(text) ||
  (REPORTED_DONE.test(text) && !handedToSomeone(text));

/** "@Hyun-woo: upload…", "Zeno: run…": what follows the colon of a line handed to a person is the task, not a state. */
const handedToSomeone = (text: string) => /^@[\p{L}][\p{L}\p{N}._-]*:/u.test(text) || labelledWithName(text);

/** Asking the reader to get in touch with the writer: "call me", "email us", "let me know". */
const CONTACT_ME =
  /\b(?:call|email|e-mail|ping|text|message|contact|ask|dm|reach out to|get in touch with|let)\s+(?:me|us)\b/i;

/**
 * "If you have any questions, please call me": an invitation to get in touch should the reader need to, which
 * the labelling convention counts as a courtesy, not an ask, whatever words of meeting it uses.
 */
export const courtesyOffer = (text: string, features: readonly string[]) =>
  (has(features, 'offer') && CONTACT_ME.test(text) && !has(features, 'questionMark')) ||
  WHOM_TO_CONTACT.test(text);

/**
 * "For urgent matters, please contact Jana Horvat at…", "For more information, please email us": whom to contact
 * should the reader need to, the footer of an out-of-office or a notice, not a request of this message.
 */
const WHOM_TO_CONTACT =
  /^for (?:any |all |urgent |further |other |more |general )*(?:matters|questions|queries|enquiries|inquiries|issues|information|info|details|support|help|assistance|requests)\b[^,.]{0,60},?\s*(?:please\s+)?(?:contact|call|email|e-mail|reach out to|reach|write to|see|visit|ping)\b/i;

/**
 * "- @grace: accruals for Lisbon": a list item handed to a person by name is an assignment; so is a line handed to
 * a name with a deadline, "Milo: stalls and gazebos delivered by 8am on Dec 5" (its participle is the state wanted
 * by then, not a past), or with an instruction, "Zeno: run the weekly reconciliation on Monday".
 */
const assignment = (text: string, features: readonly string[]) =>
  (has(features, 'listItem') && has(features, 'addressedPerson') && !has(features, 'pastTense')) ||
  (labelledWithName(text) &&
    (has(features, 'deadline') || (has(features, 'imperativeClause') && !has(features, 'pastTense'))));

const asksForAnswer = (f: readonly string[]) =>
  has(f, 'questionMark') &&
  (has(f, 'whQuestion') || has(f, 'whClause') || (has(f, 'auxInverted') && !has(f, 'requestToAct')));

/**
 * Whether the structure alone says if this is an ask, before the model is asked: training fits the ask model on
 * the other sentences only, the ones it decides (a sign-off's "See you there," is no evidence about imperatives).
 */
export const askDecidedByStructure = (text: string, features: readonly string[]) =>
  has(features, 'doneCheckbox') ||
  isSmallTalk(text) ||
  isOpenReply(text) ||
  courtesyOffer(text, features) ||
  presentsOrAgrees(text) ||
  commitsOnly(features) ||
  assignment(text, features) ||
  ASKING_FORMS.some((form) => form(features));

/** Is this sentence an ask of the reader, and of which kind? Null for statements, commitments and small talk. */
export function classifyAsk(text: string, features: readonly string[]): AskKind | null {
  // A greeting, a sign-off or small talk asks nothing, whatever its form ("how are you?").
  if (isSmallTalk(text)) return null;
  // "Thoughts?" does ask for an answer, just not to anything in particular (reply-wanted-no-ask says so).
  if (isOpenReply(text)) return 'question';
  // "I'll send the runbook by Tuesday": the writer commits; nothing in it is put to the reader.
  if (commitsOnly(features)) return null;
  // "- [x] Venue booked": a ticked to-do is done, whatever its form.
  if (has(features, 'doneCheckbox')) return null;
  if (courtesyOffer(text, features) || presentsOrAgrees(text)) return null;
  // "- @Ravi: which load cell do we use?" is handed to Ravi, and still asks for an answer.
  if (assignment(text, features)) return asksForAnswer(features) ? 'question' : 'task';
  const byForm = ASKING_FORMS.some((form) => form(features));
  if (!byForm && probability(MODELS.ask, features) < MODELS.ask.threshold) return null;
  if (has(features, 'letUs')) return 'task';
  // "Can someone fix the login page?" has a question's form and a request's force: asking for an act is a task.
  if (has(features, 'requestToAct')) return 'task';
  // "Can we go through the results on Monday at 11?", "Are you free Tuesday at 2?": a time proposed for doing
  // something with the reader is a meeting to hold, a task whose time is when (the labelling convention).
  // So is a time put to the reader ("Would Thursday at 11 work?") or a meeting named with one ("quick sync at 2pm?").
  const proposesTime =
    has(features, 'modalWe') ||
    has(features, 'askedIfFree') ||
    has(features, 'askedIfTimeWorks') ||
    (has(features, 'meetingProposal') && has(features, 'questionMark'));
  if (proposesTime && has(features, 'timeAhead')) return 'task';
  // "I was wondering whether the launch is on track" wants an answer; asking for an act ("…if you could run the
  // demo") was settled just above.
  if (has(features, 'wonder') || has(features, 'askedForNews')) return 'question';
  if (has(features, 'requestToTell')) return 'question';
  return probability(MODELS.question, features) >= MODELS.question.threshold ? 'question' : 'task';
}
