/** Past this many characters a quote on a card is cut (at a word) and ends with "…". */
export const QUOTE_MAX = 40;

/**
 * The words a card is about, short enough to read at a glance: spaces and line breaks collapsed, cut at the last
 * whole word before `max` characters with "…", in typographic quotes: “can someone send the Q3 numbers…”.
 */
export function quote(text: string, max = QUOTE_MAX): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  if (plain.length <= max) return `“${plain}”`;
  const cut = plain.slice(0, max + 1);
  const atWord = cut.lastIndexOf(' ');
  const head = (atWord > max / 2 ? cut.slice(0, atWord) : plain.slice(0, max)).replace(/[\s,;:.-]+$/, '');
  return `“${head}…”`;
}
