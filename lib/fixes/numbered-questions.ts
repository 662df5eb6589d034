import type { Finding } from '../analysis/types';
import type { FixOption } from './types';

/** A mark a writer already put on a list item ("2. ", "- "): the fix numbers the items itself. */
const LIST_MARK = /^(?:\d{1,2}[.)]|[-*•])\s+/;
/** "Quick ones: Are we…": a lead-in that introduces the questions stays above the list as its own line. */
const LEAD_IN = /^([^?:\n]{1,40}:)\s+(?=\p{Lu})/u;
/**
 * Where a sentence may end inside the questions: after a stop and a space, or at a line break. The engine's
 * splitter (Unicode's rules) stays out of the content scripts' bundle, which must stay under 100 kB.
 */
const SENTENCE_BREAK = /(?<=[.!?)])[ \t\u00a0]+|\s*\n\s*/;
const BARE_MARK = /^(?:\d{1,2}[.)]|[-*•])$/;
/**
 * A stop that ends no sentence ("a tracker, e.g. Jira?", "Mr. Lee", "J. Smith"; the engine's splitter breaks
 * after "e.g." when a capital follows): a piece ending in one goes on into the next.
 */
const ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|cf|approx|incl|esp|mr|mrs|ms|dr|prof|st|jr|sr|\p{Lu})\.$/iu;
/** Spaces and tabs only: a line break around the questions is already where the list needs one. */
const SPACES = /[ \t\u00a0]*/y;

/**
 * Questions run together in one paragraph become a numbered list, one question per line ("1. …\n2. …"): each
 * question starts an item, and a remark after it ("I think so.") stays with it, so no word is lost or moved
 * out of order. Text before the questions on their line keeps its place above the list (a lead-in such as
 * "Quick ones:" as a line of its own), text after them goes on below it. One edit of the questions' span, the
 * spaces that joined it to its line included; nothing when there is no list to make.
 */
export function numberedQuestions(finding: Pick<Finding, 'start' | 'end'>, text: string): FixOption[] {
  const from = questionStart(text, finding.start);
  const pieces: string[] = [];
  let open = false;
  for (const sentence of text.slice(from, finding.end).trim().split(SENTENCE_BREAK)) {
    if (open) pieces[pieces.length - 1] += ` ${sentence}`;
    else pieces.push(sentence);
    // "1. Is it…" breaks after its "1.": a mark alone goes on into its item too.
    open = ABBREVIATION.test(sentence) || BARE_MARK.test(sentence);
  }
  const items: string[] = [];
  for (const piece of pieces) {
    const words = piece.replace(LIST_MARK, '');
    if (items.length && !/\?\s*\)?$/.test(words)) items[items.length - 1] += ` ${words}`;
    else items.push(words);
  }
  if (items.length < 2) return [];
  const lead = LEAD_IN.exec(items[0]!);
  if (lead) items[0] = items[0]!.slice(lead[0].length);
  const list = items.map((item, i) => `${i + 1}. ${item}`).join('\n');

  let start = from;
  while (start > 0 && /[ \t\u00a0]/.test(text[start - 1]!)) start--;
  SPACES.lastIndex = finding.end;
  SPACES.exec(text);
  const end = SPACES.lastIndex;
  const above = start > 0 && text[start - 1] !== '\n';
  const below = end < text.length && text[end] !== '\n';
  const replacement = `${above ? '\n' : ''}${lead ? `${lead[1]}\n` : ''}${list}${below ? '\n' : ''}`;
  if (replacement === text.slice(start, end)) return [];
  return [{ label: 'Number the questions', edit: { start, end, text: replacement } }];
}

/** Where the first question really starts: before an "e.g." the splitter broke it at, on the same line. */
function questionStart(text: string, start: number): number {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start).trimEnd();
  if (!ABBREVIATION.test(before)) return start;
  let at = 0;
  for (const stop of before.matchAll(/[.!?]\s+/g))
    if (!ABBREVIATION.test(before.slice(0, stop.index + 1))) at = stop.index + stop[0].length;
  return lineStart + at;
}
