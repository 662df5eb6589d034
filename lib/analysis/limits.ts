/** At most this many findings of one rule, and in all: past that the writer reads a list, not a message. */
export const FINDINGS_PER_RULE = 100;
export const FINDINGS_TOTAL = 300;

/** Past this many words the rest of a draft is not analysed (and the report says so). */
export const WORD_CAP = 5000;

/** Offset just after the WORD_CAP-th word, or null when the text is shorter. */
export function findCap(text: string, cap = WORD_CAP): number | null {
  // Every word takes at least one character and one separator: shorter texts cannot reach the cap.
  if (text.length < cap * 2 - 1) return null;
  const re = /\S+/g;
  let n = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    n++;
    if (n === cap) return m.index + m[0].length;
  }
  return null;
}

const COMMON = new Set(
  'the a an and or to of in on for is are was be it that this you i we can could please with by at from have has will not your our my me if so but do'.split(
    ' ',
  ),
);

export interface LanguageCounts {
  letters: number;
  latin: number;
  words: number;
  common: number;
}

/** Counted once per sentence (and cached with its parse), summed per draft. */
export function countLanguage(text: string): LanguageCounts {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
    ) {
      letters++;
      latin++;
    } else if (c > 0x24f && /\p{L}/u.test(text[i]!)) letters++;
  }
  const words = text.toLowerCase().match(/[a-z\u00C0-\u024F']+/g) ?? [];
  return { letters, latin, words: words.length, common: words.filter((w) => COMMON.has(w)).length };
}

/**
 * compromise reads English only. A draft is "mostly not English" when few of its Latin words are common English
 * words, or when most of its letters are not Latin at all.
 */
export function isMostlyNotEnglish(parts: readonly LanguageCounts[]): boolean {
  const t = parts.reduce(
    (a, p) => ({
      letters: a.letters + p.letters,
      latin: a.latin + p.latin,
      words: a.words + p.words,
      common: a.common + p.common,
    }),
    { letters: 0, latin: 0, words: 0, common: 0 },
  );
  if (t.letters < 20) return false;
  if (t.latin / t.letters < 0.5) return true;
  if (t.words < 8) return false;
  return t.common / t.words < 0.08;
}
