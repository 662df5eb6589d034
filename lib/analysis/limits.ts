/** Past this many words the rest of a draft is not analysed (and the report says so). */
export const WORD_CAP = 5000;

/** Offset just after the WORD_CAP-th word, or null when the text is shorter. */
export function findCap(text: string, cap = WORD_CAP): number | null {
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

/**
 * compromise reads English only. A draft is "mostly not English" when few of its Latin words are common English
 * words, or when most of its letters are not Latin at all.
 */
export function isMostlyNotEnglish(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return false;
  const latin = text.match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0;
  if (latin / letters < 0.5) return true;
  const words = text.toLowerCase().match(/[a-z\u00C0-\u024F']+/g) ?? [];
  if (words.length < 8) return false;
  const common = words.filter((w) => COMMON.has(w)).length;
  return common / words.length < 0.08;
}
