import { WEEKDAY_WORD } from '../facts/time-words';
import type { Register } from '../register';
import { has, type Token } from './tokens';

/**
 * What the ask model sees of one sentence: named features of its clause structure, read from compromise's tags,
 * plus the head word. Each feature is a language fact ("opens on a base-form verb"), never a corpus's vocabulary.
 */
export interface AskInput {
  text: string;
  tokens: Token[];
  listItem: boolean;
  /** A time ahead or a vague time ("by Friday", "soon") is in the sentence. */
  timeAhead: boolean;
  /** The time is introduced as a deadline: "by", "before", "due", "no later than". */
  deadline: boolean;
  /** Where the sentence is written (register.ts): an instruction in a chat is put to its reader, on a page it may describe. */
  register?: Register;
}

/** Words that open a clause without being its content: "please", "also", "ok so". */
const DISCOURSE = new Set(
  'please pls plz kindly also so ok okay and but then just now hey hi hello oh btw fyi again maybe actually anyway alright well quick quickly sure yes yeah'.split(
    ' ',
  ),
);
const POLITE = new Set(['please', 'pls', 'plz', 'kindly']);
const AUX = new Set(
  'is are was were am do does did have has had can could will would should shall may might must'.split(' '),
);
const PAST_AUX = new Set(['did', 'was', 'were', 'had']);
/**
 * "Call centre staff did not have a script", "the map was out of date": a past auxiliary after its subject says what
 * happened. Not "Did you send it?" (inverted: asks about the past) nor "we were hoping you could…", "I was wondering
 * if…" (the progressive past is today's polite request).
 */
function pastAuxStatement(tokens: readonly Token[], at: number, i0: number): boolean {
  if (at <= i0 || !PAST_AUX.has(tokens[at]?.lower ?? '')) return false;
  const next = tokens[at + 1]?.lower === 'not' ? tokens[at + 2] : tokens[at + 1];
  return !has(next, 'Gerund');
}
const REQUEST_MODAL = new Set(['can', 'could', 'would', 'will', "won't", "can't", "couldn't", "wouldn't"]);
const ADDRESSEE = new Set([
  'you',
  'u',
  "y'all",
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'everyone',
  'everybody',
]);
const GROUP_WORDS = new Set([
  'all',
  'team',
  'folks',
  'everyone',
  'everybody',
  'guys',
  "y'all",
  'both',
  'gang',
]);
const FIRST = new Set(['i', 'we']);
const INDEFINITE_SUBJECT = new Set(['someone', 'somebody', 'everyone', 'everybody']);
const THIRD = new Set(['he', 'she', 'they', 'it', 'this', 'that', 'there', 'these', 'those']);
const NEED = new Set(['need', 'needs', 'want', 'wants', 'require', 'requires']);
const CLAUSE_END = /[,;:–—(]/;
/** Meeting words: Enron's criteria and ours count a proposed meeting with the reader as an ask. */
const MEETING = new Set(
  'meet meeting meetings call discuss discussion lunch dinner breakfast coffee sync chat talk catch session appointment conference'.split(
    ' ',
  ),
);
/** Feature pairs whose meaning is more than their parts: "if so, please forward it" asks; "if you need help" alone offers. */
const PAIRS: [string, string][] = [
  ['conditional', 'imperativeClause'],
  ['conditional', 'questionMark'],
  ['offer', 'imperative'],
  // "Let us know if you have any questions" closing an FYI is a courtesy, not an ask (the labelling convention).
  ['offer', 'wantsReply'],
  ['offer', 'imperativeClause'],
  ['firstPersonFuture', 'secondPerson'],
  ['meetingProposal', 'timeAhead'],
  ['meetingWord', 'timeAhead'],
  ['firstPersonDesire', 'secondPerson'],
  ['suggestion', 'meetingWord'],
  ['listItem', 'imperative'],
  ['heading', 'imperativeClause'],
  ['questionMark', 'secondPerson'],
  ['exclamation', 'imperative'],
  ['exclamation', 'letUs'],
  ['timeAhead', 'imperative'],
  ['needThing', 'timeAhead'],
  ['timeAhead', 'firstPersonFuture'],
  ['weCan', 'timeAhead'],
  ['please', 'noVerb'],
  ['thirdPersonSubject', 'timeAhead'],
];

/** Forms whose force depends on where they are written (register.ts): each is also read with its register. */
const BY_REGISTER = [
  'imperative',
  'imperativeClause',
  'negativeImperative',
  'listItem',
  'noVerb',
  'questionMark',
];

const isName = (t: Token | undefined) =>
  !!t &&
  (t.text.startsWith('@') ||
    has(t, 'Person') ||
    has(t, 'FirstName') ||
    (has(t, 'ProperNoun') && /^\p{Lu}/u.test(t.text)));
const isVerbBase = (t: Token | undefined) =>
  has(t, 'Infinitive') && !has(t, 'Modal') && !has(t, 'Auxiliary') && !has(t, 'Copula') && !has(t, 'Gerund');
const isSubject = (t: Token | undefined) =>
  has(t, 'Pronoun') ||
  has(t, 'Noun') ||
  has(t, 'Determiner') ||
  has(t, 'ProperNoun') ||
  // chat's "u" ("can u send…"), which the lexicon tags a verb
  t?.lower === 'u';

/** Words for someone to help: "someone", "help", "a hand", "a volunteer", "another reviewer", "eyes". */
const HELPER = new Set([
  'hand',
  'hands',
  'volunteer',
  'volunteers',
  'helper',
  'helpers',
  'reviewer',
  'reviewers',
  'pair',
  'eyes',
  'people',
]);
const personWanted = (words: string[], k: number) => {
  const w = words[k] ?? '';
  if (ADDRESSEE.has(w) || w === 'help' || HELPER.has(w)) return true;
  // "a volunteer", "two more people", "a couple of reviewers"
  const article = [
    'a',
    'an',
    'some',
    'another',
    'one',
    'more',
    'extra',
    'two',
    'three',
    'four',
    'five',
    'couple',
  ].includes(w);
  return (
    article &&
    (HELPER.has(words[k + 1] ?? '') ||
      words[k + 1] === 'help' ||
      HELPER.has(words[k + 2] ?? '') ||
      HELPER.has(words[k + 3] ?? ''))
  );
};
/**
 * Where the verb asked for starts, when someone is asked after "someone" at k: "should/must …", "needs to / has
 * to …", "please …", past a short "from the EU team" / "on the night shift"; -1 otherwise.
 */
function asksOfSomeone(words: string[], k: number): number {
  let j = k;
  if (['from', 'in', 'on', 'at', 'with'].includes(words[j] ?? '')) {
    const stop = Math.min(words.length, j + 5);
    while (j < stop && !['should', 'must', 'needs', 'please'].includes(words[j] ?? '')) j++;
  }
  const w = words[j] ?? '';
  if (w === 'should' || w === 'must') return j + 1;
  if ((w === 'needs' || w === 'has') && words[j + 1] === 'to') return j + 2;
  if (w === 'please' || w === 'pls') return j + 1;
  return -1;
}

/** "I need", "we'll need", "I really need", "we would need": the writer is the one who needs, at words[i]. */
function writerBefore(words: string[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (ADVERB_GAP.has(words[k]!) || ['will', 'would', 'really', 'urgently'].includes(words[k]!)))
    k--;
  const w = words[k] ?? '';
  return FIRST.has(w) || /^(?:i|we)'(?:ll|d)$/.test(w);
}
/** What opens a noun phrase as a verb's object: "the deck", "your sign-off", "it", "two volunteers", "final numbers". */
const objectOpens = (t: Token | undefined) =>
  !!t &&
  (OBJECT_DETERMINER.has(t.lower) ||
    ['it', 'them', 'that'].includes(t.lower) ||
    has(t, 'Value') ||
    has(t, 'Adjective') ||
    (has(t, 'Noun') && !has(t, 'Pronoun')));

/** A noun that is no pronoun or name: the subject of "the policy requires…" is a thing, not the writer. */
const thingBefore = (t: Token | undefined) => has(t, 'Noun') && !has(t, 'Pronoun') && !has(t, 'ProperNoun');

/** Where each clause starts: the sentence start and every word after a comma, semicolon, colon or dash. */
export function clauseHeads(tokens: Token[]): number[] {
  const heads = [0];
  for (let i = 1; i < tokens.length; i++) if (CLAUSE_END.test(tokens[i - 1]!.post)) heads.push(i);
  return heads;
}

/** Skips a vocative ("Sam,", "@priya", "Hi all,") and discourse words to the clause's first content word. */
export function contentStart(
  tokens: Token[],
  from: number,
): { index: number; vocative: boolean; group: boolean } {
  let i = from;
  let vocative = false;
  let group = false;
  for (let guard = 0; guard < 8 && i < tokens.length; guard++) {
    const t = tokens[i]!;
    if (t.text.startsWith('@')) {
      vocative = true;
      group ||= /^@(?:here|channel|everyone|all)\b/i.test(t.text);
      i++;
      continue;
    }
    // "Sam," "Priya and Ben -" "team:" opening a clause address the reader, they are not its subject.
    if (
      (isName(t) || GROUP_WORDS.has(t.lower) || nameByVerbAfter(tokens, i)) &&
      /[,:–—-]/.test(t.post) &&
      i - from < 4
    ) {
      vocative = true;
      group ||= GROUP_WORDS.has(t.lower);
      i++;
      continue;
    }
    if (DISCOURSE.has(t.lower)) {
      i++;
      continue;
    }
    break;
  }
  return { index: i, vocative, group };
}

/**
 * "Idris, revoke the access today": a capitalised noun the lexicon does not know as a name, set off by a comma
 * before a base-form verb, is the person told to do it (an opening adverb, "Honestly,", is no noun).
 */
const nameByVerbAfter = (tokens: Token[], i: number) => {
  const t = tokens[i]!;
  return (
    /,/.test(t.post) &&
    /^\p{Lu}\p{Ll}/u.test(t.text) &&
    has(t, 'Noun') &&
    !has(t, 'Pronoun') &&
    !has(t, 'Date') &&
    isVerbBase(tokens[i + 1]) &&
    /^\p{Ll}/u.test(tokens[i + 1]!.text)
  );
};

/**
 * "By end of next week, @Tess, we need the brief", "If you can, Sam, send it today": a vocative after a fronted
 * adverbial (a clause opened by a preposition or a subordinator) addresses the reader as one at the start does.
 * Only the second clause: a name after a later comma is more likely an item of a list ("invite Ana, Bo, …").
 */
function vocativeAfterFronted(tokens: Token[], heads: number[]): { group: boolean } | null {
  const second = heads[1];
  if (second === undefined) return null;
  const first = tokens[0];
  if (!has(first, 'Preposition') && !SUBORDINATORS.has(first?.lower ?? '')) return null;
  const c = contentStart(tokens, second);
  return c.vocative ? c : null;
}
const SUBORDINATORS = new Set(['if', 'when', 'once', 'whenever', 'before', 'after', 'while', 'as', 'since']);

const lowerAt = (tokens: Token[], i: number) => tokens[i]?.lower ?? '';

/** The coarse part of speech of a word, for what follows a verb: "send the deck" vs "Release notes". */
function coarseTag(t: Token | undefined): string {
  if (!t) return 'end';
  // "Remember to lock up", "make sure to RSVP": a verb taking an infinitive, not a preposition's object.
  if (t.lower === 'to') return 'to';
  // "Stop all deploys", "check every row": a quantifier opens the object's noun phrase as an article does.
  if (OPENS_NOUN_PHRASE.has(t.lower)) return 'determiner';
  for (const tag of [
    'Pronoun',
    'Determiner',
    'Value',
    'ProperNoun',
    'Preposition',
    'Adjective',
    'Adverb',
    'Noun',
    'Verb',
  ])
    if (has(t, tag)) return tag.toLowerCase();
  return 'other';
}

const OPENS_NOUN_PHRASE = new Set(['all', 'every', 'each', 'both', 'some', 'any', 'no', 'several', 'most']);
const OBJECT_PRONOUN = new Set(['me', 'us', 'him', 'her', 'them']);
/** "you both", "you all": who is asked, not what. */
const QUANTIFIER = new Set(['both', 'all', 'each']);
/** Words in the slot after "can you" that are not the act asked for: "be (able to)", "not". */
const NOT_THE_ACT = new Set(['be', 'able', 'not']);
/**
 * Verbs of attitude whose bare form opens a sentence with its "I" left out: "Hope you're well", "Thank you",
 * "Love the rollout", "Owe you one". Their imperative is a wish, not a request.
 */
const ATTITUDE = new Set(
  'hope trust thank thanks love like appreciate owe miss enjoy wish think guess bet agree feel welcome congratulate'.split(
    ' ',
  ),
);
/**
 * Verbs of telling: a request to use one asks for an answer, not for work. Not "confirm": "can you confirm the
 * booking by Friday?" asks the reader to check and commit to something, a task (as the data's writers label it).
 */
const TELLING = new Set(
  'tell explain clarify let say remind answer advise know recommend suggest'.split(' '),
);
const ADVERB_GAP = new Set(['now', 'also', 'just', 'still', 'already', 'finally', 'really']);

/** Words that can carry on a noun phrase: "Travel costs for the sales team", "Link in this page", "Release 4.18". */
const inNounPhrase = (t: Token, prev: Token) =>
  (has(t, 'Noun') && !has(t, 'Pronoun')) ||
  has(t, 'Value') ||
  has(t, 'Adjective') ||
  // a determiner only after a preposition: "costs for the team", never "send the deck"
  (has(t, 'Determiner') && has(prev, 'Preposition')) ||
  (has(t, 'Preposition') && !CLAUSE_END.test(prev.post));

/**
 * "Search now supports…", "Review went fine", "Travel costs for the sales team ran over": a finite verb after the
 * word and the noun phrase it opens makes that word part of the subject.
 */
function finiteVerbAfter(tokens: Token[], i: number, determined = false): boolean {
  let j = i + 1;
  // The phrase may not start on a determiner: a verb takes one ("send the deck"), a subject noun does not — unless
  // the caller has read the determiner already (i is it).
  if (determined || !has(tokens[j], 'Determiner'))
    while (
      j < i + 7 &&
      tokens[j] &&
      !CLAUSE_END.test(tokens[j - 1]!.post) &&
      inNounPhrase(tokens[j]!, tokens[j - 1]!)
    )
      j++;
  while (ADVERB_GAP.has(tokens[j]?.lower ?? '')) j++;
  const t = tokens[j];
  if (!t || CLAUSE_END.test(tokens[j - 1]!.post)) return false;
  // "Stop all deploys", "cancel the meetings": after a quantifier or an article a word in -s is a plural noun.
  if (QUANTIFYING.has(tokens[j - 1]!.lower) && !has(t, 'Copula') && !has(t, 'Auxiliary') && !has(t, 'Modal'))
    return false;
  if (has(t, 'Copula') || has(t, 'Auxiliary') || has(t, 'Modal') || has(t, 'PastTense')) return true;
  return has(t, 'PresentTense') && !has(t, 'Infinitive') && /s$/.test(t.lower);
}

const QUANTIFYING = new Set([
  'all',
  'any',
  'some',
  'no',
  'the',
  'these',
  'those',
  'both',
  'many',
  'few',
  'more',
]);

/** How many words negate an instruction at i: "don't" or "never" 1, "do not" 2, else 0. */
function negationLength(tokens: Token[], i: number): number {
  const w = lowerAt(tokens, i);
  if (w === "don't" || w === 'never') return 1;
  return w === 'do' && /^(?:not|n't)$/.test(lowerAt(tokens, i + 1)) ? 2 : 0;
}

/** What may open a noun phrase after a verb: "nuke the cache", "email your manager". */
// Not "that": after a noun it opens a clause ("reminder that the folders are in the cupboard").
const OBJECT_DETERMINER = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'my', 'our', 'your', 'their']);

/**
 * "Nuke the cache", "Email the client", "reset the password": a singular noun cannot take a determiner straight
 * after it, so a clause opening on one is a verb the lexicon only knows as a noun — unless a finite verb follows
 * the phrase, when the noun was a heading or a vocative ("Team the launch went well", "Reminder the office is shut").
 */
function verbByDeterminer(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !has(t, 'Singular') || has(t, 'Pronoun') || has(t, 'Date') || has(t, 'Acronym')) return false;
  if (!OBJECT_DETERMINER.has(tokens[i + 1]?.lower ?? '') || /[,:;–—-]/.test(t.post)) return false;
  return !finiteVerbAfter(tokens, i + 1, true);
}

/**
 * "Grade 7 Science", "Finance Ops", "Release Notes": a title, a few words all capitalised with no sentence
 * punctuation, names something and tells nobody to do anything (a list item may still be a terse task).
 */
function isTitle(tokens: Token[], text: string, listItem: boolean): boolean {
  return (
    !listItem &&
    tokens.length >= 2 &&
    tokens.length <= 6 &&
    !/[.!?:]\s*$/.test(text) &&
    tokens.every((t) => /^[\p{Lu}\d]/u.test(t.text))
  );
}

/** Verbs that take "of" straight after them: "beware of the wet floor", "dispose of the samples", "think of…". */
const VERB_OF = new Set(['think', 'dispose', 'beware', 'speak', 'approve', 'conceive']);
/** "See you there", "See above": leave-taking and a pointer, not an instruction. */
const SEE_FORMULA = new Set(['you', 'u', 'ya', 'above', 'below']);

function imperativeAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  // Only a verb takes "me"/"us" straight after it: "ping me", "slack us" are verbs whatever the lexicon says.
  const verbByObject =
    !!t && /^\p{Ll}/u.test(t.text) && OBJECT_PRONOUN.has(next?.lower ?? '') && !has(t, 'Preposition');
  if (!isVerbBase(t) && !verbByObject && !verbByDeterminer(tokens, i)) return false;
  // "Do we keep…?" is a question; "Have we…" too: an auxiliary before a subject is not an instruction — unless a
  // polite word asks for it ("please do the needful").
  const polite = POLITE.has(lowerAt(tokens, i - 1));
  if (
    AUX.has(t!.lower) &&
    (has(next, 'Pronoun') || has(next, 'Determiner')) &&
    !(polite && t!.lower === 'do')
  )
    return false;
  if (ATTITUDE.has(t!.lower)) return false;
  if (t!.lower === 'see' && SEE_FORMULA.has(next?.lower ?? '')) return false;
  // "Wed Dec 9, 09:30", "Sat 28 Nov": a weekday's short form before a date is the day, not the verb "wed".
  if (WEEKDAY_WORD.test(t!.lower) && (has(next, 'Date') || has(next, 'Value'))) return false;
  // "Close of discovery: March 5", "Review of the Q3 budget": "of" straight after the word makes it a noun.
  if (next?.lower === 'of' && !VERB_OF.has(t!.lower)) return false;
  // "Review: done", "Update is out": a verb-looking noun before a colon or a finite verb is the subject.
  if (/:/.test(t!.post) || finiteVerbAfter(tokens, i)) return false;
  return true;
}

/** The names of the features that hold for a sentence, plus `head=` (its first content word). */
export function askFeatures(input: AskInput): string[] {
  const { tokens, text } = input;
  const out = new Set<string>();
  if (tokens.length === 0) return [];
  const words = tokens.map((t) => t.lower);
  // "I'd appreciate", "we'd love": the tagger keeps the contraction whole; before a base verb it is "would".
  const joined = ` ${words.map((w) => w.replace(/^(i|we|you|they)'d$/, '$1 would')).join(' ')} `;
  const heads = clauseHeads(tokens);
  const open = contentStart(tokens, 0);
  const i0 = open.index;
  const w0 = lowerAt(tokens, i0);
  const w1 = lowerAt(tokens, i0 + 1);
  const w2 = lowerAt(tokens, i0 + 2);
  out.add(`head=${w0 || '-'}`);
  const addressed = open.vocative ? open : vocativeAfterFronted(tokens, heads);
  if (addressed) out.add(addressed.group ? 'addressedGroup' : 'addressedPerson');
  if (tokens.slice(0, i0).some((t) => POLITE.has(t.lower))) out.add('pleaseOpening');
  if (words.some((w) => POLITE.has(w))) out.add('please');

  const title = isTitle(tokens, text, input.listItem);
  heads.forEach((h, n) => {
    const c = contentStart(tokens, h);
    if (!title && imperativeAt(tokens, c.index)) {
      out.add(n === 0 ? 'imperative' : 'imperativeClause');
      if (tokens.slice(h, c.index).some((t) => POLITE.has(t.lower))) out.add('pleaseVerb');
      if (n === 0) {
        // "Don't merge until CI is green": the act is the verb after the negation, not "do".
        const v = negationLength(tokens, c.index) ? c.index + negationLength(tokens, c.index) : c.index;
        out.add(`verb=${lowerAt(tokens, v)}`);
        // "Follow up with Pinecrest", "pick up the keys": a phrasal verb's particle is part of the verb.
        const after = has(tokens[v + 1], 'Particle') ? v + 2 : v + 1;
        out.add(`verbThen=${coarseTag(tokens[after])}`);
        // "Let me know which slot works", "Tell us if it's fixed": told to answer, as "can you tell me…" is
        // ("confirm the cutoff" is work to do, so only these two verbs of telling the writer).
        if (
          ['let', 'tell'].includes(lowerAt(tokens, c.index)) &&
          OBJECT_PRONOUN.has(lowerAt(tokens, c.index + 1))
        )
          out.add('requestToTell');
      }
    }
    const w = lowerAt(tokens, c.index);
    if (negationLength(tokens, c.index) && n === 0) out.add('negativeImperative');
    // "Let's review it" proposes doing something together; "let us know" asks to be told (wantsReply reads it).
    if (
      w === "let's" ||
      // chat drops the apostrophe: "lets discuss tomorrow" opens on no subject, so it is "let's"
      (w === 'lets' && isVerbBase(tokens[c.index + 1])) ||
      (w === 'let' && lowerAt(tokens, c.index + 1) === 'us' && lowerAt(tokens, c.index + 2) !== 'know')
    )
      out.add('letUs');
  });

  // The verb asked for: "can you send …" wants work, "can you tell me …" an answer.
  const requestedVerb = (from: number) => {
    // The slot after "can you" holds the verb whatever the lexicon tags it ("can someone look at…" is tagged a
    // noun); past "be able to" or "be ok", the first verb is the one asked for ("would you be ok pinning…").
    let k = from;
    while (POLITE.has(words[k] ?? '') || ADVERB_GAP.has(words[k] ?? '') || QUANTIFIER.has(words[k] ?? ''))
      k++;
    const slot = tokens[k];
    const verb =
      slot &&
      !NOT_THE_ACT.has(slot.lower) &&
      (has(slot, 'Verb') || has(slot, 'Noun')) &&
      !has(slot, 'Pronoun')
        ? slot.lower
        : words
            .slice(from, from + 4)
            .find((v, j) => has(tokens[from + j], 'Verb') && !POLITE.has(v) && !NOT_THE_ACT.has(v));
    if (verb) out.add(TELLING.has(verb) ? 'requestToTell' : 'requestToAct');
  };
  for (let i = 0; i < tokens.length - 1; i++) {
    const w = words[i]!;
    const next = words[i + 1]!;
    if (
      REQUEST_MODAL.has(w) &&
      (ADDRESSEE.has(next) || next === 'one' || next === 'either' || next === 'any')
    ) {
      out.add(next === 'you' || next === 'u' ? 'modalYou' : 'modalSomeone');
      requestedVerb(i + 2);
    }
    // "any chance you could review…", "are you able to cover…": the same request in another word order.
    if (
      (ADDRESSEE.has(w) && REQUEST_MODAL.has(next)) ||
      ((w === 'able' || w === 'free' || w === 'available') &&
        next === 'to' &&
        ((words[i - 1] === 'you' && AUX.has(words[i - 2] ?? '')) ||
          // "anyone able to swap into the Saturday shift?": chat drops the "is"
          (i - 1 === i0 && ADDRESSEE.has(words[i - 1] ?? '') && words[i - 1] !== 'you') ||
          (words[i - 1] === 'be' && words[i - 2] === 'you' && REQUEST_MODAL.has(words[i - 3] ?? ''))))
    )
      requestedVerb(i + 2);
    if ((w === 'can' || w === 'could' || w === 'should' || w === 'shall') && next === 'we')
      out.add('modalWe');
    if ((w === 'can' || w === 'could' || w === 'may' || w === 'should') && next === 'i') out.add('modalI');
    if ((next === 'should' || next === 'must') && (w === 'you' || w === 'everyone')) out.add('youShould');
    // "somebody should call the repair guy", "someone from the EU team should review…", "someone needs to fix the
    // printer", "someone please look into it": a request of whoever can, as "can someone…" is ("if anyone needs
    // to reach me" is a condition, not a request).
    if (ADDRESSEE.has(w) && w !== 'you' && w !== 'u' && words[i - 1] !== 'if') {
      const at = asksOfSomeone(words, i + 1);
      if (at >= 0) {
        out.add('modalSomeone');
        requestedVerb(at);
      }
    }
    // "Someone grab the envelope from reception", "Everyone submit your timesheets by 5": an instruction with
    // whoever is to do it as its subject, as "can someone…" is ("anyone know…?" asks; the model weighs that one).
    if (i === i0 && INDEFINITE_SUBJECT.has(w) && isVerbBase(tokens[i + 1])) {
      out.add('modalSomeone');
      requestedVerb(i + 1);
    }
    // "someone to book the van", "- anyone to cover Friday?": a person wanted, with "need" left out.
    if (
      i === i0 &&
      ['someone', 'somebody', 'anyone', 'anybody'].includes(w) &&
      next === 'to' &&
      isVerbBase(tokens[i + 2])
    ) {
      out.add('needSomeone');
      // the verb after "to" is what is asked for, as after "can someone"
      requestedVerb(i + 2);
    }
    // "looking for a volunteer to run the retro", "could use a hand tomorrow": a person wanted, in other words.
    if (
      ((w === 'looking' && next === 'for') || (w === 'could' && next === 'use')) &&
      !ADDRESSEE.has(words[i - 1] ?? '') &&
      personWanted(words, i + 2)
    )
      out.add(ADDRESSEE.has(words[i + 2] ?? '') ? 'needSomeone' : 'needYou');
    if (
      NEED.has(w) &&
      // "if anyone wants a walkthrough", "you need a badge": the reader's need, not a request for a person;
      // "they also want a deposit": a third party's, reported
      !ADDRESSEE.has(words[i - 1] ?? '') &&
      !THIRD.has(words[i - 1] ?? '') &&
      !(THIRD.has(words[i - 2] ?? '') && ADVERB_GAP.has(words[i - 1] ?? '')) &&
      (ADDRESSEE.has(next) ||
        // "need a hand", "we need one more": a person wanted, unless a thing needs it ("our policy requires a
        // current report", "the form needs a signature"); "need one name by Monday" wants a thing.
        (((next === 'one' && (words[i + 2] === 'more' || !words[i + 2])) ||
          next === 'a' ||
          next === 'each' ||
          next === 'help' ||
          personWanted(words, i + 1)) &&
          !thingBefore(tokens[i - 1])))
    )
      out.add(ADDRESSEE.has(next) && next !== 'you' ? 'needSomeone' : 'needYou');
    // "I need the deck by Friday", "we'll need your sign-off": the writer wants a thing, which in a message is
    // wanted of its reader (or, "I need a day to…", of nobody: the model weighs it with the rest).
    if (NEED.has(w) && writerBefore(words, i) && objectOpens(tokens[i + 1])) out.add('needThing');
    if (
      (w === 'asked' || w === 'told' || w === 'reminded') &&
      tokens[i + 1] &&
      isSubject(tokens[i + 1]) &&
      words[i + 2] === 'to'
    )
      out.add('reported');
  }
  // "Just a reminder to submit your timesheet": a reminder to do something asks for it ("a reminder that…" informs).
  if (/ reminder to (?!you |everyone |all )/.test(joined)) out.add('reminderTo');
  if (/ (?:you|everyone) (?:need|needs|have|has|will need|'ll need) to /.test(joined)) out.add('youNeedTo');
  if (/ we (?:need|have|must|should) (?:to )?/.test(joined)) out.add('weNeed');
  if (
    / (?:any chance|is it possible|would it be possible|do you mind|would you mind) /.test(joined) ||
    (w0 === 'mind' && has(tokens[i0 + 1], 'Gerund'))
  )
    out.add('politeQuestion');
  if (/ (?:let me know|let us know|lmk|keep me posted|get back to me|thoughts|advise) /.test(joined))
    out.add('wantsReply');
  if (
    /(?:^ | i | we )(?:wonder|wondering|was wondering|were wondering|am wondering|would appreciate|was hoping|were hoping|am hoping|hoping|would love|would like you|would like someone) /.test(
      joined,
    )
  )
    out.add('wonder');
  if (
    / (?:if you (?:have (?:any )?(?:questions?|concerns?|issues|problems|trouble|feedback)|need|want|run into|get stuck)|if (?:anything|there are|there is|there's|any questions|questions|something comes up)|feel free|do not hesitate|don't hesitate|happy to|glad to|no need to|no rush) /.test(
      joined,
    ) ||
    // "Any questions, just ask": the condition without its "if".
    /^ any (?:questions|issues|problems|concerns)\b/.test(joined)
  )
    out.add('offer');
  if (/ (?:i|we) (?:will|'ll|am going to|are going to|'m going to|plan to|intend to) /.test(joined))
    out.add('firstPersonFuture');

  if (FIRST.has(w0)) {
    out.add('firstPersonSubject');
    if (
      has(tokens[i0 + 1], 'PastTense') ||
      ((w1 === 'have' || w1 === 'had') && has(tokens[i0 + 2], 'PastTense'))
    )
      out.add('firstPersonPast');
  }
  if (AUX.has(w0) && isSubject(tokens[i0 + 1])) out.add('auxInverted');
  if (has(tokens[i0], 'QuestionWord')) {
    const next = tokens[i0 + 1];
    if (AUX.has(w1) || has(next, 'Verb') || (isSubject(next) && AUX.has(w2))) out.add('whQuestion');
    else out.add('whClause');
  } else if (has(tokens[i0], 'Preposition') && has(tokens[i0 + 1], 'QuestionWord')) {
    // "in which room is the defence", "by when do you need it": the question word after its preposition.
    const rest = tokens.slice(i0 + 2, i0 + 5).map((t) => t.lower);
    out.add(rest.some((w) => AUX.has(w)) ? 'whQuestion' : 'whClause');
  }
  if (!open.vocative && (isName(tokens[i0]) || THIRD.has(w0)) && has(tokens[i0 + 1], 'Verb'))
    out.add('thirdPersonSubject');
  if (['if', 'when', 'once', 'unless', 'whenever'].includes(w0)) out.add('conditional');
  if (
    ['thanks', 'thank', 'thx', 'ty', 'cheers', 'kudos', 'congrats', 'congratulations', 'appreciate'].includes(
      w0,
    )
  )
    out.add('thanks');
  else if (ATTITUDE.has(w0)) out.add('attitudeOpening');
  const firstVerb = tokens.slice(i0).find((t) => has(t, 'Verb'));
  if (!firstVerb) out.add('noVerb');
  else if (has(firstVerb, 'PastTense') && !AUX.has(firstVerb.lower)) out.add('pastTense');
  else if (pastAuxStatement(tokens, tokens.indexOf(firstVerb), i0)) out.add('pastTense');

  const trimmed = text.replace(/[\s)\]]*(?::[a-z_+-]+:|\p{Extended_Pictographic})*[\s)\]]*$/u, '');
  // 'Customers keep asking "can I use it offline?"' reports someone else's question.
  if (/\?["”'’]$/.test(trimmed) || /\?["”'’]/.test(text)) out.add('quotedQuestion');
  else if (/\?$/.test(trimmed)) out.add('questionMark');
  if (/!$/.test(trimmed)) out.add('exclamation');
  if (/^(?:\[[ xX✓✔]\]\s+)?[\p{L}\s-]{1,25}:\s*\S/u.test(text) && !open.vocative) out.add('heading');
  if (title) out.add('titleCase');
  if (input.listItem) out.add('listItem');
  // "- [ ] Book the bus": a to-do box left open is a task to do; "- [x] Venue booked" is one done.
  const box = /^\s*(?:[-*•]\s*)?\[([ xX✓✔])\]/u.exec(text)?.[1];
  if (box) out.add(box === ' ' ? 'openCheckbox' : 'doneCheckbox');
  // "merge it", "nuke the cache and retry": an instruction begun in lower case is typed as chat, to someone,
  // while a document's list line ("Update the app icon") is capitalised. Only with the imperative: a lower-case
  // start says nothing of other sentences.
  if (out.has('imperative') && /^\p{Ll}/u.test(tokens[i0]?.text ?? '')) out.add('lowerStart&imperative');
  if (words.some((w) => w === 'you' || w === 'your' || w === 'u' || w === "y'all")) out.add('secondPerson');
  const please = words.findIndex((w) => POLITE.has(w));
  if (please >= 0 && please < words.length - 1) out.add(`pleaseThen=${words[please + 1]}`);
  if (/ (?:we|i) (?:can|could) (?!not )/.test(joined) && !out.has('modalWe') && !out.has('modalI'))
    out.add('weCan');
  if (words.some((w) => MEETING.has(w))) out.add('meetingWord');
  if (
    / (?:i|we) (?:suggest|propose|recommend) | we should | how about | why don't (?:we|you) | what about /.test(
      joined,
    )
  )
    out.add('suggestion');
  if (/ (?:i|we) (?:would|'d) (?:like|love|prefer) /.test(joined)) out.add('firstPersonDesire');
  // A meeting word alone is news ("the board meeting is Dec 10"); put to the reader, it proposes one.
  // …and one named as known ("per our call", "the meeting") is a reference, not a proposal.
  const proposed = tokens.some(
    (t, i) =>
      MEETING.has(t.lower) &&
      (has(t, 'Verb') ||
        /^(?:a|an|quick|short|brief|another|some|grab|schedule|book|set|have|for)$/.test(words[i - 1] ?? '')),
  );
  if (proposed && ['secondPerson', 'modalWe', 'letUs', 'weCan', 'questionMark'].some((f) => out.has(f)))
    out.add('meetingProposal');
  // "It would be good if someone could look at the contract", "it'd help if you could send it", chat's "would be
  // great if you could join": a request put as the good it would do.
  if (
    / (?:(?:it|that|this) )?(?:would|will|is going to) (?:be )?(?:\w+ )?(?:good|great|helpful|help|nice|ideal|useful|amazing|brilliant|super|awesome|lovely|perfect|appreciated|grateful|thankful|obliged) if (?:you|u|someone|somebody|anyone|anybody|one of you)(?: all| both)? (?:could|can|would|might|were able to) /.test(
      joined.replace(/ it'd /g, ' it would '),
    )
  )
    out.add('wouldHelpIf');
  // "We would like to ask you to send the sample", "I'm asking everyone to log their hours": the request named.
  if (
    / (?:i|we) (?:(?:would|'d) like to |must |have to |want to |kindly |'m |am |are |'re )?ask(?:ing)? (?:you|u|everyone|all of you|each of you)(?: all| both)? to /.test(
      joined,
    )
  )
    out.add('askYouTo');
  // "Are you free Tuesday at 2…?", "r u around tomorrow?": asked whether the reader has the time.
  if (/ (?:are|r) (?:you|u)(?: both| all)? (?:free|available|around) /.test(joined)) out.add('askedIfFree');
  // "Any update on invoice 3381.", "any news from the council": "is there" left out, a question for news,
  // with or without its question mark.
  if (
    /^ (?:any|got any) (?:update|updates|news|word|luck|progress|eta|movement|joy) (?:on|about|from|with|for|re|regarding) /.test(
      joined,
    )
  )
    out.add('askedForNews');
  // "Would Thursday at 11 work for the walkthrough?", "does 3pm suit you?": asked whether a time is good for both.
  if (
    out.has('questionMark') &&
    /^ (?:would|will|does|do|could|can|is) (?:\S+ ){1,10}(?:work|suit|be (?:ok|okay|fine|good)) /.test(joined)
  )
    out.add('askedIfTimeWorks');
  if (input.timeAhead) out.add('timeAhead');
  if (input.deadline) out.add('deadline');
  if (tokens.length > 30) out.add('long');
  for (const [a, b] of PAIRS) if (out.has(a) && out.has(b)) out.add(`${a}&${b}`);
  if (input.register) {
    out.add(`in=${input.register}`);
    for (const f of BY_REGISTER) if (out.has(f)) out.add(`${f}&in=${input.register}`);
  }
  return [...out];
}
