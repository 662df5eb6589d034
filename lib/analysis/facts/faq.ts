import type { SentenceInfo } from '../sentence-info';
import { wholeLine } from '../text/sentences';

/**
 * "Can children visit?\nYes, at any time, with an adult.": a question on a line of its own that the next line
 * answers is an entry of a FAQ the writer wrote, asking the reader nothing. One such pair may be a question and
 * its context; two or more make the draft a list of questions answered.
 */
export function answeredHere(sentences: readonly SentenceInfo[]): boolean[] {
  const pairs = sentences.map((s, i) => {
    const next = sentences[i + 1];
    return (
      /\?\s*$/.test(s.text) &&
      wholeLine(sentences, i) &&
      !!next &&
      next.paragraph === s.paragraph &&
      !/\?\s*$/.test(next.text) &&
      !s.listItem &&
      !next.listItem
    );
  });
  return pairs.filter(Boolean).length >= 2 ? pairs : pairs.map(() => false);
}
