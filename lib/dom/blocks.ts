// Reads a DOM subtree as a reader sees it: for the review of a page and for the hosts' own document readers.

/** One block of the document as the reader sees it: headings and list items stay their own paragraphs. */
export interface Block {
  kind: 'heading' | 'paragraph' | 'item';
  text: string;
}

/** A document's text as blocks, under the title it is known by. */
export interface TitledBlocks {
  title: string;
  blocks: Block[];
}

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const ITEMS = new Set(['LI', 'DT', 'DD']);
// Any of these ends the paragraph before it, so a heading's words never run into the next sentence.
const BOUNDARIES = new Set([
  ...HEADINGS,
  ...ITEMS,
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'BLOCKQUOTE',
  'PRE',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'FIGCAPTION',
  'HEADER',
  'FOOTER',
  'BR',
  'HR',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg']);

/** Collapses whitespace the way a reader sees it, so the same text can be found again in the live page. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The blocks of `root` in reading order. A block is the text between two block boundaries; its kind comes from
 * the nearest heading or list item around it. `skip` drops subtrees (quoted mail, code blocks).
 */
export function readBlocks(root: Element, skip?: string): Block[] {
  const blocks: Block[] = [];
  let buffer = '';
  let kind: Block['kind'] = 'paragraph';
  const flush = () => {
    const text = normalizeText(buffer);
    if (text) blocks.push({ kind, text });
    buffer = '';
  };
  const visit = (node: Node, inherited: Block['kind']) => {
    if (node.nodeType === 3) {
      if (!buffer) kind = inherited;
      buffer += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (SKIPPED.has(element.tagName) || (skip && element.matches(skip))) return;
    if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden')) return;
    const boundary = BOUNDARIES.has(element.tagName);
    const own = HEADINGS.has(element.tagName) ? 'heading' : ITEMS.has(element.tagName) ? 'item' : inherited;
    if (boundary) flush();
    for (const child of element.childNodes) visit(child, own);
    if (boundary) flush();
  };
  for (const child of root.childNodes) visit(child, 'paragraph');
  flush();
  return blocks;
}
