import nlp from 'compromise/two';
import { Lru } from './text/lru';

type Doc = ReturnType<typeof nlp.tokenize>;

export interface Word {
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  /** Offsets within the sentence text. */
  start: number;
  end: number;
}

/**
 * Everything known about one sentence's text, computed once and shared by every rule.
 * The compromise document is tokenised eagerly-cheap and tagged only when a rule asks for tags
 * (tagging costs ~20x tokenising, and most rules work from the words).
 */
export interface ParsedSentence {
  words: Word[];
  lower: string;
  doc(): Doc;
  tagged(): Doc;
  /** Per-sentence memo for derived facts (keyed by the fact's name and, for dates, the reference day). */
  memo: Map<string, unknown>;
}

const WORD = /[\p{L}\p{N}@#][\p{L}\p{N}'’\-_.@]*[\p{L}\p{N}]|[\p{L}\p{N}@#]/gu;
const cache = new Lru<string, ParsedSentence>(2000);

function tokenizeWords(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    words.push({ text: m[0], lower: m[0].toLowerCase().replace(/’/g, "'"), start, end: start + m[0].length });
  }
  return words;
}

export function parseSentence(text: string): ParsedSentence {
  const hit = cache.get(text);
  if (hit) return hit;
  let doc: Doc | undefined;
  let tagged = false;
  const parsed: ParsedSentence = {
    words: tokenizeWords(text),
    lower: text.toLowerCase().replace(/’/g, "'"),
    doc() {
      doc ??= nlp.tokenize(text);
      return doc;
    },
    tagged() {
      const d = parsed.doc();
      if (!tagged) {
        d.compute(['lexicon', 'preTagger', 'contractionTwo', 'postTagger']);
        tagged = true;
      }
      return d;
    },
    memo: new Map(),
  };
  cache.set(text, parsed);
  return parsed;
}

/** For benchmarks and tests that need a cold start. */
export function clearParseCache(): void {
  cache.clear();
  for (const clear of dependents) clear();
}

const dependents: (() => void)[] = [];
/** Caches built on top of the parse cache register here, so one call makes every analysis cold again. */
export function onClearParseCache(clear: () => void): void {
  dependents.push(clear);
}
