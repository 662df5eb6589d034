import { GREETING } from '../analysis/facts/small-talk';
import type { Finding } from '../analysis/types';
import type { FixOption } from './types';

/**
 * A request buried under a long preamble moves to the top: it opens the message body, on a line of its own, after
 * the greeting ("Hi Sam,") or a heading alone on its line when there is one; everything else stays in its order.
 * Two edits, so no word of the preamble is typed again (its links and mentions stay what they are): the ask is
 * taken out where it was (with the spaces that joined it to its line), then written at the top.
 */
export function askFirst(finding: Pick<Finding, 'start' | 'end'>, text: string): FixOption[] {
  const ask = text.slice(finding.start, finding.end).trim();
  const top = bodyStart(text);
  if (!ask || top >= finding.start) return [];
  const lineStart = text.lastIndexOf('\n', finding.start - 1) + 1;
  const after = text.indexOf('\n', finding.end);
  const lineEnd = after < 0 ? text.length : after;
  const alone = !text.slice(lineStart, finding.start).trim() && !text.slice(finding.end, lineEnd).trim();
  // Alone on its line, the line goes with it: the ask and the break after it, so the next line moves up into the
  // ask's own block (removing the break before it instead leaves the browser an empty block there); the last line
  // goes with the break before it.
  let start = finding.start;
  let end = finding.end;
  if (alone && after >= 0) {
    start = lineStart;
    end = lineEnd + 1;
    // A paragraph of its own between blank lines: one of the blank lines goes too, or a gap stays where it was.
    if (text[end] === '\n' && text.slice(top, start).endsWith('\n\n')) end++;
  } else if (alone) {
    start = Math.max(top, lineStart - 1);
    end = lineEnd;
    while (start > top && text[start - 1] === '\n') start--;
  } else if (text.slice(finding.end, lineEnd).trim()) {
    while (end < lineEnd && /\s/.test(text[end]!)) end++;
  } else {
    while (start > lineStart && /\s/.test(text[start - 1]!)) start--;
  }
  const opening = ask.charAt(0).toUpperCase() + ask.slice(1);
  return [
    {
      label: 'Move the ask to the top',
      edit: { start, end, text: '' },
      also: { start: top, end: top, text: `${opening}\n` },
    },
  ];
}

/**
 * A line that opens the body without being its first sentence: a greeting ("Hi Sam,", "Good morning team!") or a
 * short line with no stop (a heading such as "Goals", "Team,"). The engine's own isGreetingLine would add its
 * patterns to every content script, which must stay under 100 kB.
 */
const OPENING_LINE = new RegExp(`^(?:${GREETING}\\b.{0,30}|[^.?!]{1,40})$`, 'i');

/** Where the body starts: after the lines that open it alone ("Hi Sam,", a heading such as "Goals"). */
function bodyStart(text: string): number {
  let at = 0;
  while (at < text.length) {
    const newline = text.indexOf('\n', at);
    const line = text.slice(at, newline < 0 ? text.length : newline);
    if (line.trim() && !OPENING_LINE.test(line.trim())) return at;
    if (newline < 0) return text.length;
    at = newline + 1;
  }
  return at;
}
