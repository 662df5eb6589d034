import type { SentenceInfo } from '../sentence-info';
import { startsLine, wholeLine } from '../text/sentences';
import type { DraftKind } from '../types';
import { isClosingWords } from './small-talk';

/** A line that can be a name under a closing: "Fiona Gallagher, CPA", "Hendrik de Boer", "Building Management Office". */
const NAME_LINE = /^\p{Lu}[\p{L}.'’&-]*(?:[\s,]+[\p{L}.'’&-]+){0,5}$/u;
/** "P.S. can you bring the badge?": a postscript's line after the signature is the message again. */
const POSTSCRIPT = /^p\.?\s?s\b/i;

/**
 * Which sentences of an email are its signature: from a closing on its own line ("Kind regards,") with a name on
 * the line after it, except a postscript's line. A title, an address and a confidentiality notice under the name
 * ("If you have received this e-mail in error, please notify the sender") are the writer's standing footer, not
 * something this message asks; chat and pages have no signatures.
 */
export function signatureLines(sentences: readonly SentenceInfo[], kind?: DraftKind): boolean[] {
  const out = sentences.map(() => false);
  if (kind !== 'email') return out;
  const closing = sentences.findIndex(
    (s, i) =>
      i > 0 &&
      wholeLine(sentences, i) &&
      isClosingWords(s.text) &&
      !!sentences[i + 1] &&
      wholeLine(sentences, i + 1) &&
      NAME_LINE.test(sentences[i + 1]!.text),
  );
  if (closing < 0) return out;
  let postscript = false;
  for (let i = closing + 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (startsLine(sentences, i)) postscript = POSTSCRIPT.test(s.text);
    out[i] = !postscript;
  }
  return out;
}
