import nlp from 'compromise/two';
import { onClearParseCache } from '../parse';
import { Lru } from '../text/lru';

/** One word of a sentence as compromise's pre-tagger reads it, with the punctuation that follows it. */
export interface Token {
  text: string;
  /** Lower case, apostrophes straightened; the expanded word for a contraction's hidden half ("'re" → "are"). */
  lower: string;
  tags: ReadonlySet<string>;
  /** Punctuation and spaces after the word ("," ends a clause). */
  post: string;
  /** Offset of the word within the sentence. */
  start: number;
}

interface Term {
  text: string;
  pre: string;
  post: string;
  implicit?: string;
  tags: Set<string>;
}

const straighten = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'");
const cache = new Lru<string, Token[]>(4000);
onClearParseCache(() => cache.clear());

// A blank line ends a sentence for compromise too, so sentences tagged together get exactly the tags they get
// alone; one call for all of them costs about half as much as a call each (most of a call is set-up).
const SEPARATOR = '\n\n';

/**
 * Tags from the lexicon and compromise's pre-tagger only: its post-tagger costs twice as much again (~60 ms per
 * 1,000 words) and what the ask features read — the part of speech of a clause's first words — is settled before it.
 * Sentences seen before come from the cache; the rest are tagged in one compromise call.
 */
export function tokenizeAll(texts: readonly string[]): Token[][] {
  const missing = [...new Set(texts.filter((t) => cache.get(t) === undefined))];
  if (missing.length > 0) {
    const starts: number[] = [];
    let at = 0;
    for (const t of missing) {
      starts.push(at);
      at += t.length + SEPARATOR.length;
    }
    const doc = nlp.tokenize(missing.join(SEPARATOR));
    doc.compute(['lexicon', 'preTagger']);
    const out: Token[][] = missing.map(() => []);
    let offset = 0;
    let k = 0;
    for (const t of (doc.docs as Term[][]).flat()) {
      offset += t.pre.length;
      while (k + 1 < starts.length && offset >= starts[k + 1]!) k++;
      // "I'll" is two words to compromise: "I" (its implicit form) and a hidden "will"; read both as written out.
      const lower = t.implicit ? straighten(t.implicit) : straighten(t.text);
      out[k]!.push({ text: t.text, lower, tags: t.tags, post: t.post, start: offset - starts[k]! });
      offset += t.text.length + t.post.length;
    }
    for (const [i, t] of missing.entries()) cache.set(t, out[i]!);
  }
  return texts.map((t) => cache.get(t) ?? []);
}

export const tokenize = (text: string): Token[] => tokenizeAll([text])[0]!;

export const has = (t: Token | undefined, tag: string) => !!t?.tags.has(tag);
