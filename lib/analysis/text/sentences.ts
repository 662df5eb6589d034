import { Lru } from './lru';

/** A stretch of prose the rules look at: a sentence, or a line that stands alone (a greeting, a list item). */
export interface Sentence {
  /** The sentence as written (after masking), trimmed. Also the parse-cache key. */
  text: string;
  start: number;
  end: number;
  paragraph: number;
  /** Index of the sentence in the draft. */
  index: number;
  /** Ends a line on its own: "Hi Priya," or a bullet. */
  lineEnd: boolean;
  /** A bulleted or numbered line: "- update the runbook", "2. Sam: send the deck". */
  listItem: boolean;
}

/** Whether sentence i starts a line: the first sentence, or one after a sentence that ended its line. */
export const startsLine = (sentences: readonly Sentence[], i: number) => i === 0 || sentences[i - 1]!.lineEnd;
/** Whether sentence i stands on a line of its own: "Kind regards,", "Ana: book the bus". */
export const wholeLine = (sentences: readonly Sentence[], i: number) =>
  sentences[i]!.lineEnd && startsLine(sentences, i);

// Unicode's sentence rules (UAX #29) already keep "e.g. the", "U.S. team", "v2.1" and "$3.50" whole and
// break "plan B. Send". They break after titles and initials, which in a work message are followed by a name.
const TITLE =
  /\b(?:mr|mrs|ms|dr|prof|st|sr|jr|vs|no|approx|fig|ext|dept|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.\s*$/i;
// "J. Smith": one capital letter alone, after a capitalised word or a word that joins names ("Lee and J. Smith");
// "plan B." after any other lower-case word ends a sentence.
const INITIAL = /(?:^|\b(?:\p{Lu}[\p{L}.]*|and|or|with|from|to|by|cc)\s+)\p{Lu}\.\s*$/u;
/** "(e.g. Billing – Refund)": "e.g." and "i.e." introduce what follows, and no sentence ends inside brackets. */
const NEVER_ENDS = /\b(?:e\.g|i\.e|viz|cf)\.\s*$/i;
/** "11:00 a.m. PT work for you?": a clock's "a.m." before a timezone's letters ends nothing. */
const CLOCK_DOT = /\b[ap]\.m\.\s*$/i;
const ZONE_NEXT = /^\s*(?:[A-Z]{1,2}[SD]?T|UTC|GMT|CES?T|BST|IST|JST|AE[SD]T)\b/;
// A sad face ":(" opens nothing.
const openParen = (text: string) =>
  (text.match(/(?<![:;=])\(/g)?.length ?? 0) > (text.match(/(?<![:;=])\)/g)?.length ?? 0);
const LIST_MARK = /^\s*(?:[-*•▪◦‣–]|\d{1,2}[.)]|[a-z][.)]|\[[ xX]?\])\s+/;

// Unicode keeps "done. ok if I merge" whole (a lower-case word after a dot continues the sentence, for "e.g. the");
// chat writes sentences in lower case, so a dot after an ordinary word of two letters or more ends one anyway, as
// does one after a time or a figure ("started 09:52. need one more person", "up 12%. the rest"), with any emoji
// after the stop kept with the sentence it closes ("could break 14 components? :sweat_smile: fixed in v2.8").
// The lookahead comes first: it fails at once where no space and lower-case letter follow, which is almost
// everywhere, before the look-behinds scan back over the word.
const LOWER_START =
  /(?=\s+\p{Ll})(?<!\b(?:etc|vs|approx|incl|esp|misc|ca|cf|al)\.)(?<=(?:^|[\s(])(?:[\p{L}'’-]*\p{Ll}{2}|[\d:.,]*\d{2}%?)[.!?]+["'”’)]*(?:\s*(?::[a-z0-9_+-]+:|\p{Extended_Pictographic}\uFE0F?))*)\s+(?=\p{Ll})/gu;

let segmenter: Intl.Segmenter | undefined;

// A keystroke changes one line: every other line of the draft splits as it did a keystroke ago.
const lineCache = new Lru<string, readonly (readonly [number, number])[]>(2000);

/** Sentence pieces of one line: [start, end) offsets within the line. */
function lineSentences(line: string): readonly (readonly [number, number])[] {
  const known = lineCache.get(line);
  if (known) return known;
  const split = splitLine(line);
  lineCache.set(line, split);
  return split;
}

function splitLine(line: string): [number, number][] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: [number, number][] = [];
  const pieces: { index: number; segment: string }[] = [];
  for (const { index, segment } of segmenter.segment(line)) {
    let from = 0;
    for (const m of segment.matchAll(LOWER_START)) {
      const cut = (m.index ?? 0) + m[0].length;
      pieces.push({ index: index + from, segment: segment.slice(from, cut) });
      from = cut;
    }
    pieces.push({ index: index + from, segment: segment.slice(from) });
  }
  for (const { index, segment } of pieces) {
    const last = out[out.length - 1];
    const held = last && line.slice(last[0], last[1]);
    const joins =
      held && (TITLE.test(held) || INITIAL.test(held) || NEVER_ENDS.test(held) || openParen(held));
    const zoned = held && CLOCK_DOT.test(held) && ZONE_NEXT.test(segment);
    if (last && ((joins && /^\s*[\p{Lu}\d$€£]/u.test(segment)) || zoned)) {
      last[1] = index + segment.length;
    } else out.push([index, index + segment.length]);
  }
  return out;
}

/**
 * A list item's mark is not part of its sentence: "1. Replace the module." asks "Replace the module.", so the
 * features read the verb first, as they do after "- ". Unicode's rules end a sentence at "1." or "a.": a piece that
 * is only the mark is dropped rather than read as a sentence of its own.
 */
function afterListMark(pieces: readonly (readonly [number, number])[], markEnd: number) {
  const items = pieces.filter(([, to]) => to > markEnd);
  const [first, ...rest] = items;
  return first ? [[Math.max(first[0], markEnd), first[1]] as const, ...rest] : items;
}

/** Sentences of the masked draft: each line is split by Unicode's sentence rules; a line break always ends one. */
export function splitSentences(masked: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  const push = (start: number, end: number, lineEnd: boolean, listItem: boolean) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(masked[s] ?? '')) s++;
    while (e > s && /\s/.test(masked[e - 1] ?? '')) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(masked.slice(s, e))) {
      out.push({
        text: masked.slice(s, e),
        start: s,
        end: e,
        paragraph,
        index: out.length,
        lineEnd,
        listItem,
      });
    }
  };
  while (lineStart <= masked.length) {
    let lineEnd = masked.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = masked.length;
    const line = masked.slice(lineStart, lineEnd);
    if (line.trim() === '') {
      if (out.length && out[out.length - 1]!.paragraph === paragraph) paragraph++;
    } else {
      const marker = LIST_MARK.exec(line);
      const listItem = marker !== null;
      // "[ ] Order the van" keeps its box, as "- [ ] Order the van" does: the box says whether it is done.
      const boxOnly = marker && /^\s*\[/.test(marker[0]);
      const skip = marker
        ? boxOnly
          ? marker[0].length - marker[0].trimStart().length
          : marker[0].length
        : 0;
      const pieces = afterListMark(lineSentences(line), skip);
      pieces.forEach(([from, to], i) => {
        push(lineStart + from, lineStart + to, i === pieces.length - 1, listItem && i === 0);
      });
      if (out.length) out[out.length - 1]!.lineEnd = true;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
