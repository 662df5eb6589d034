import nlp from 'compromise/two';

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

const straighten = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'");

/**
 * Tags from the lexicon and compromise's pre-tagger only: its post-tagger costs twice as much again (~60 ms per
 * 1,000 words) and what the ask features read — the part of speech of a clause's first words — is settled before it.
 */
export function tokenize(text: string): Token[] {
  const doc = nlp.tokenize(text);
  doc.compute(['lexicon', 'preTagger']);
  const out: Token[] = [];
  let offset = 0;
  for (const sentence of doc.docs as {
    text: string;
    pre: string;
    post: string;
    implicit?: string;
    tags: Set<string>;
  }[][]) {
    for (const t of sentence) {
      offset += t.pre.length;
      // "I'll" is two words to compromise: "I" (its implicit form) and a hidden "will"; read both as written out.
      const lower = t.implicit ? straighten(t.implicit) : straighten(t.text);
      out.push({ text: t.text, lower, tags: t.tags, post: t.post, start: offset });
      offset += t.text.length + t.post.length;
    }
  }
  return out;
}

export const has = (t: Token | undefined, tag: string) => !!t?.tags.has(tag);
