/**
 * Blanks out what is never prose — quoted lines, fenced and indented code, inline code and URLs — keeping every
 * offset where it was, so later passes can work on the masked text and still report offsets into Draft.text.
 */
export interface Masked {
  text: string;
  links: { start: number; end: number }[];
}

const URL = /\b(?:https?:\/\/|www\.)[^\s<>()"']+[^\s<>()"'.,;:!?]/gi;
const INLINE_CODE = /`[^`\n]+`/g;

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

export function maskProse(text: string): Masked {
  const lines = text.split('\n');
  let inFence = false;
  let prevBlank = true;
  const out = lines.map((line) => {
    const trimmed = line.trimStart();
    if (trimmed.startsWith('```')) {
      inFence = !inFence;
      return blank(line);
    }
    const isCode = inFence || (prevBlank && /^( {4}|\t)\S/.test(line));
    prevBlank = trimmed === '' ? true : prevBlank && isCode;
    if (isCode || trimmed.startsWith('>')) return blank(line);
    return line;
  });
  let masked = out.join('\n');
  const links: Masked['links'] = [];
  masked = masked.replace(URL, (m, offset: number) => {
    links.push({ start: offset, end: offset + m.length });
    return blank(m);
  });
  masked = masked.replace(INLINE_CODE, (m) => blank(m));
  return { text: masked, links };
}
