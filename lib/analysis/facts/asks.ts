import type { ParsedSentence } from '../parse';
import type { Sentence } from '../text/sentences';
import {
  ACTION_VERBS,
  ANSWER_VERBS,
  AUX_QUESTION,
  CONDITIONAL,
  CONTACT_DETAILS,
  COURTESY_ANYWHERE,
  LEAD_WORDS,
  LET_ME_KNOW,
  LIST_ITEM,
  MARKETING,
  NEED_YOU,
  PHATIC,
  PROPOSAL,
  REQUEST,
  RHETORICAL,
  SERVICE_MAIL,
  VAGUE_REPLY,
  WONDERING,
} from './ask-words';
import { proposesMeeting } from './meeting-words';

/** Closing courtesies that invite a reply without needing one. */
const COURTESY =
  /^(?:please |and )?(?:let (?:me|us) know|feel free to (?:reach out|ask|ping me)|(?:dm|ping|email) me) (?:if|with) (?:you )?(?:have |need |there are )?(?:any )?(?:questions|concerns|anything|issues|help)\b/i;

export type AskKind = 'task' | 'question';

/** Skips @mentions, a vocative ("Priya, …", "Ravi, Nadia -") and filler ("please", "also") to the first real word. */
function firstContentWord(parsed: ParsedSentence, text: string): string | undefined {
  let i = 0;
  const words = parsed.words;
  // A vocative: up to four capitalised words (joined by "and"/commas) closed by a comma or dash near the start.
  for (let j = 0; j < Math.min(words.length, 6); j++) {
    const w = words[j]!;
    if (!/^@?\p{Lu}/u.test(w.text) && w.lower !== 'and' && !(j === 0 && /^(?:hi|hey|hello)$/.test(w.lower)))
      break;
    if (/^\s*[,\-–—:]/.test(text.slice(w.end, w.end + 3)) && j < 5) i = j + 1;
  }
  while (i < words.length) {
    const w = words[i]!;
    if (w.text.startsWith('@')) {
      i++;
      if (words[i] && /^\p{Lu}/u.test(words[i]!.text) && words[i]!.start - w.end === 1) i++;
      continue;
    }
    if (LEAD_WORDS.has(w.lower)) {
      i++;
      continue;
    }
    return w.lower;
  }
  return undefined;
}

/** "Draft is attached", "Review: done" — the verb-looking word is the subject, not an instruction. */
function nounSubject(parsed: ParsedSentence, first: string): boolean {
  const i = parsed.words.findIndex((w) => w.lower === first);
  const next = parsed.words[i + 1]?.lower ?? '';
  return /^(?:is|are|was|were|has|have|had|will|would|looks|seems|went|goes|'s)$/.test(next);
}

/** "Just a reminder to send me the report": the reminder carries an instruction. */
function remindsToAct(lower: string): boolean {
  const verb = /\breminder (?:for you )?to (?:please )?([a-z-]+)/.exec(lower)?.[1];
  return verb !== undefined && ACTION_VERBS.has(verb);
}

/** Is this sentence an ask of the reader, and of which kind? Null for statements, commitments and small talk. */
export function classifyAsk(sentence: Sentence, parsed: ParsedSentence): AskKind | null {
  const text = sentence.text;
  const lower = parsed.lower;
  if ((PHATIC.test(lower) && parsed.words.length <= 8) || RHETORICAL.test(lower)) return null;
  if (MARKETING.test(lower) || SERVICE_MAIL.test(lower)) return null;
  // A proposed meeting wants an answer even when it reads as an offer, a condition or a cheer.
  const meeting = proposesMeeting(lower);
  if (!meeting && (COURTESY.test(lower) || VAGUE_REPLY.test(lower.replace(/^@\S+\s*/, '')))) return null;
  const isQuestion = /\?\s*\)?$/.test(text) && !/\?["”'’]\s*$/.test(text);
  // "If Sam is out, are you free?" still asks; "If you need anything, …" only offers.
  if (COURTESY_ANYWHERE.test(lower) || (!meeting && !isQuestion && CONDITIONAL.test(lower))) return null;
  const request = REQUEST.exec(lower);
  if (request) return ANSWER_VERBS.has(request[1] ?? '') ? 'question' : 'task';
  // "Call 555-0100" and "write to sales@…" are contact details; "could you call …" above is still a request.
  if (CONTACT_DETAILS.test(text)) return meeting ? 'task' : null;
  const listItem = LIST_ITEM.test(text);
  const first = listItem ? undefined : firstContentWord(parsed, text);
  const heading = /^(?:[\w\s-]{1,25}):\s*\S/.test(text.replace(/^@\S+\s*/, ''));
  if ((first === "let's" || first === 'lets') && !listItem) return 'task';
  // "Don't make any changes for now": a negative instruction is still one.
  const negative =
    first === "don't" ||
    (first === 'do' && parsed.words[parsed.words.findIndex((w) => w.lower === 'do') + 1]?.lower === 'not');
  if (negative && !heading && !/\b(?:worry|hesitate|feel|forget|let|blame|miss)\b/.test(lower)) return 'task';
  if (first && ACTION_VERBS.has(first) && !nounSubject(parsed, first) && !heading)
    return isQuestion ? 'question' : 'task';
  // Exclamations are cheers and sales pitches; a real request in one is a plain imperative, caught above.
  if (lower.includes('!')) return meeting ? 'task' : null;
  if (NEED_YOU.test(lower) || remindsToAct(lower)) return 'task';
  if (LET_ME_KNOW.test(lower) || WONDERING.test(lower)) return 'question';
  // "Please …" opening the sentence or a clause asks; "… please visit our site" deep in a sentence is mostly mail.
  if (!listItem && PLEASE.test(lower) && !/\bplease (?:find|see|note)\b|\$/.test(lower)) return 'task';
  if (!listItem && /^(?:let's|lets|let us|shall we)\b/.test(lower.replace(/^(?:so|ok|okay|also),?\s*/, '')))
    return 'task';
  if (
    isQuestion ||
    AUX_QUESTION.test(lower.replace(/^(?:also|and|but|so|ok|okay|hi|hello|hey|good morning)[,\s]+/, ''))
  )
    return 'question';
  return meeting || PROPOSAL.test(lower) ? 'task' : null;
}

const PLEASE = /(?:^(?:[\w@'’]+[,:-]?\s+){0,3}|[,;:–—-]\s*)please\s+[a-z]/i;
