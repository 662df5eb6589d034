import nlp from 'compromise/two';
import type { Span } from '../types';
import { anyCase, GREETING, GROUP_ADDRESS, THANKS } from './small-talk';

export interface Mention extends Span {
  broadcast: boolean;
  /** Names a person (not "all", "team", a broadcast). */
  person: boolean;
}

const world = nlp.world() as { model: { one: { lexicon: Record<string, string | undefined> } } };
const lexicon = world.model.one.lexicon;
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
const GROUP = new RegExp(`^${GROUP_ADDRESS}$`, 'i');

/**
 * The names a draft's recipients go by: "jun.takahashi@fairview.org" → jun, takahashi; a Slack member "Ana Ruiz" →
 * ana, ruiz. A group's mailbox ("team@", "all-staff@") names nobody.
 */
export function recipientNames(recipients: readonly string[] | undefined): ReadonlySet<string> {
  const names = new Set<string>();
  for (const r of recipients ?? []) {
    for (const word of r
      .split('@')[0]!
      .toLowerCase()
      .split(/[^\p{L}]+/u))
      if (word.length >= 2 && !GROUP.test(word)) names.add(word);
  }
  return names;
}

const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * A capitalised word that is not an ordinary English word: "Priya" is a name, "Overall" is not. A recipient's name
 * is one whatever else the word means: to jun.takahashi@…, "Jun," is Jun, not June.
 */
export function looksLikeName(word: string, known: ReadonlySet<string> = NO_NAMES): boolean {
  if (!/^\p{Lu}[\p{L}'’-]*$/u.test(word) || word.length < 2 || /^\p{Lu}+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (known.has(lower)) return true;
  const tag = lexicon[lower];
  // "Flights:", "Notes:" open a heading: a plural of an ordinary word is not a name.
  const singular = lower.replace(/(?:es|s)$/, '');
  // Names ending in -s that people use (James, Carlos) are in the lexicon; an unknown one is a plural noun.
  if (tag === undefined && singular !== lower) return false;
  return tag === undefined || NAME_TAGS.has(tag);
}

// English derivational endings mark common nouns and adjectives ("Dietary", "Flights", "Logistics"), not names.
const COMMON_ENDING =
  /(?:s|ion|ary|ory|ing|ment|ity|al|ure|ics|ness|ence|ance|ive|ous|ful|ist|ism|ship|age|ery|ogy)$/i;
/** A word that can own a "Name: task" line: a name the lexicon knows, or an unknown word not shaped like a noun. */
const ownerName = (word: string) =>
  NAME_TAGS.has(lexicon[word.toLowerCase()] ?? '') || !COMMON_ENDING.test(word);

/**
 * What opens a list line before its words: a bullet or a number, then a to-do box ("- [ ] Magda: ask the church…"
 * is handed to Magda as "- Magda: …" is).
 */
const LINE_MARKER = String.raw`(?:(?:[-*•]|\d{1,2}[.)])\s+)?(?:\[[ xX✓✔]\]\s+)?`;

/** "Milo: stalls delivered by Dec 5", "- Ana Ruiz: …": the name a line is handed to, before its colon. */
const NAME_LABEL = new RegExp(
  String.raw`^${LINE_MARKER}(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?):\s+\S`,
  'u',
);
export const labelledWithName = (text: string) => {
  const name = NAME_LABEL.exec(text)?.[1];
  if (!name || LINE_LABEL.test(name)) return false;
  const words = name.split(' ');
  // "Coach Bev:", "Chef Marco:": a title of address before the name.
  const named = words.length > 1 && TITLE.test(words[0]!) ? words.slice(1) : words;
  return named.every((w) => looksLikeName(w) && ownerName(w));
};

const AT = /(?<![\w.])@([\p{L}][\p{L}\p{N}._-]*)(\s+\p{Lu}[\p{L}'’-]+)?/gu;
const BROADCAST = /^(?:here|channel|everyone|all)$/i;

export function findAtMentions(text: string, offset: number): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(AT)) {
    const name = m[1] ?? '';
    const broadcast = BROADCAST.test(name);
    const surname = !broadcast && m[2] && looksLikeName(m[2].trim()) ? m[2] : '';
    const start = offset + (m.index ?? 0);
    const full = `@${name}${surname}`;
    out.push({ start, end: start + full.length, text: full, broadcast, person: !broadcast });
  }
  return out;
}

const TITLES = 'Mr|Mrs|Ms|Dr|Prof|Coach|Chef|Nurse|Captain|Capt|Sister|Officer|Sgt|Auntie|Uncle|Madam';
const NAME = String.raw`(?:(?:${TITLES})\.?\s)?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?`;
const TITLE = new RegExp(`^(?:${TITLES})\\.?$`);
// A list item's marker comes before its owner: "- Sarah: revenue slides by Dec 3".
// "Hi all, Priya, can you…": a greeting to the group may come before the one the ask is for.
const VOCATIVE = new RegExp(
  String.raw`^${LINE_MARKER}(?:${anyCase(GREETING)}(?:\s+${anyCase(GROUP_ADDRESS)})?[\s,]+|${anyCase(THANKS)}[\s,]+)?((?:${NAME})(?:\s*(?:,|&|and)\s*(?:${NAME}))*)\s*(?:,|-|–|—|!|:)`,
  'u',
);
/** "…by Friday, Priya?": the name after the last comma of a request is who it is for. */
const TRAILING_VOCATIVE = new RegExp(String.raw`,\s*(${NAME})\s*[?.!]*$`, 'u');

/** "Can Sam send the deck?", "Could Priya and Ben take it?": a name as the subject of a request is its owner. */
const MODAL_SUBJECT = new RegExp(
  String.raw`^(?:${anyCase('please')}\s+)?${anyCase('(?:can|could|would|will)')}\s+(${NAME}(?:\s(?:and|&)\s${NAME})?)\s+(?:please\s+)?\p{Ll}`,
  'u',
);

/** "Priya, could you …", "Hi Aiko and Ben,", "Ravi, Nadia - …": the people a sentence is addressed to. */
/** Lexicon tags of words that open a line without addressing anyone: "Also,", "Tomorrow,", "Sure,", "Btw,". */
const NOT_ADDRESSING =
  /^(?:Adverb|Adjective|Date|WeekDay|Month|Expression|Conjunction|Pronoun|Modal|Preposition|Determiner|QuestionWord|Copula|Auxiliary|Negative|Value|TextValue|Ordinal|Duration)$/;
/** Words that label what a line is, or open it, not who it is for: "Reminder, …", "Remember, …", "Look, …". */
const LINE_LABEL =
  /^(?:reminder|remember|note|notice|info|information|news|attention|warning|caution|tip|update|question|request|heads|ps|fyi|btw|quick|urgent|important|look|listen|sorry|apologies|welcome|congrats|cheers|context|background|summary|status|agenda|goal|decision|outcome|problem|scope|risk|plan|result|owner|deadline|timeline|budget|venue|where|when|what|why|who|how)$/i;
/**
 * "Maya, can you…", "Finance, please approve…": a capitalised word put before a comma, with the request after
 * it, addresses whoever it names (a person the lexicon calls a noun, a team), unless the word is one that opens a
 * line by itself (an adverb, a date, "Sure", "Reminder").
 */
function addressesByComma(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(word) || /ly$/.test(word) || GROUP.test(word)) return false;
  const tag = lexicon[word.toLowerCase()];
  return !(tag && (Array.isArray(tag) ? tag : [tag]).some((t) => NOT_ADDRESSING.test(t)));
}

export function findVocatives(
  text: string,
  offset: number,
  known: ReadonlySet<string> = NO_NAMES,
): Mention[] {
  const m = VOCATIVE.exec(text);
  if (!m?.[1]) return subjectOfRequest(text, offset, known) ?? trailingVocative(text, offset, known);
  const out: Mention[] = [];
  const base = m.index + m[0].indexOf(m[1]);
  const byComma = /,\s*$/.test(m[0]) && !/[,&]|\band\b/.test(m[1]);
  for (const part of m[1].matchAll(new RegExp(NAME, 'gu'))) {
    const words = nameWords(part[0]);
    const canName = (w: string) =>
      !LINE_LABEL.test(w) && (looksLikeName(w, known) || (byComma && addressesByComma(w)));
    if (!words.every((w) => canName(w) || GROUP.test(w)) || !canName(words[0] ?? '')) continue;
    // "Dietary: tell Marisol", "Flights: book by Dec 11": a word before a colon is a label unless it can be a name.
    if (/^\s*:/.test(text.slice(base + (part.index ?? 0) + part[0].length)) && !words.every(ownerName))
      continue;
    out.push(person(part[0], offset + base + (part.index ?? 0)));
  }
  return out;
}

/** A name's words without its title: "Dr. Ana Ruiz" → Ana, Ruiz. */
const nameWords = (name: string) => name.split(/\s/).filter((w) => !TITLE.test(w));
const person = (text: string, start: number): Mention => ({
  start,
  end: start + text.length,
  text,
  broadcast: false,
  person: true,
});

function trailingVocative(text: string, offset: number, known: ReadonlySet<string>): Mention[] {
  const m = TRAILING_VOCATIVE.exec(text);
  const name = m?.[1];
  if (!m || !name) return [];
  if (!nameWords(name).every((w) => looksLikeName(w, known))) return [];
  return [person(name, offset + m.index + m[0].indexOf(name))];
}

function subjectOfRequest(text: string, offset: number, known: ReadonlySet<string>): Mention[] | null {
  const m = MODAL_SUBJECT.exec(text);
  const names = m?.[1];
  if (!m || !names) return null;
  const base = m.index + m[0].indexOf(names);
  const out = [...names.matchAll(new RegExp(NAME, 'gu'))]
    .filter((part) => nameWords(part[0]).every((w) => looksLikeName(w, known)))
    .map((part) => person(part[0], offset + base + (part.index ?? 0)));
  return out.length ? out : null;
}
