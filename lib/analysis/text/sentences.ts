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
}

// A sentence ends at . ! ? (and runs of them, closing quotes/brackets), unless the dot belongs to a
// common abbreviation or a number.
const ABBREV =
  /(?:\b(?:dr|mr|mrs|ms|st|vs|etc|e\.g|i\.e|inc|ltd|jr|sr|approx|no|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|[a-z]))$/i;

export function splitSentences(masked: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  const push = (start: number, end: number, lineEnd: boolean) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(masked[s] ?? '')) s++;
    while (e > s && /\s/.test(masked[e - 1] ?? '')) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(masked.slice(s, e))) {
      out.push({ text: masked.slice(s, e), start: s, end: e, paragraph, index: out.length, lineEnd });
    }
  };
  while (lineStart <= masked.length) {
    let lineEnd = masked.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = masked.length;
    const line = masked.slice(lineStart, lineEnd);
    if (line.trim() === '') {
      if (out.length && out[out.length - 1]!.paragraph === paragraph) paragraph++;
    } else {
      let from = 0;
      const re = /[.!?…]+["'”’)\]]*(?=\s|$)/g;
      for (let m = re.exec(line); m; m = re.exec(line)) {
        const before = line.slice(from, m.index);
        if (
          m[0] === '.' &&
          (ABBREV.test(before) || (/\d$/.test(before) && /^\d/.test(line.slice(m.index + 1))))
        )
          continue;
        push(lineStart + from, lineStart + m.index + m[0].length, false);
        from = m.index + m[0].length;
      }
      push(lineStart + from, lineStart + line.length, true);
      if (out.length) out[out.length - 1]!.lineEnd = true;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
