import { type BoundaryPoint, type Segment, type SegmentSource, segmentAt } from './text-segments';

export interface TextMapOptions {
  /** Elements left out with everything inside them (quoted history, signatures, code blocks). */
  skip?: (element: Element) => boolean;
  /**
   * The text an island stands for when it is one unit the user cannot edit inside (a mention), or null when the
   * element is ordinary text. By default: `contenteditable="false"` elements, read as their text.
   */
  island?: (element: Element) => string | null;
}

export interface TextMap {
  /** Plain text: blocks and `<br>` as newlines, islands as their label, no-break spaces as spaces. */
  text: string;
  /** The DOM range for [start, end) of `text`; null when a boundary falls inside an island or the DOM moved on. */
  rangeFor(start: number, end: number): Range | null;
}

const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(
    ' ',
  ),
);
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

const defaultIsland = (element: Element) =>
  element.getAttribute('contenteditable') === 'false' ? (element.textContent ?? '') : null;

/** Reads the text of an editable root as the writer sees it, keeping a map back to the DOM. */
export function mapText(root: Element, options: TextMapOptions = {}): TextMap {
  const skip = options.skip ?? (() => false);
  const island = options.island ?? defaultIsland;
  const segments: Segment[] = [];
  let text = '';
  let lineOwed: BoundaryPoint | null = null;

  const push = (source: SegmentSource, content: string) => {
    segments.push({ ...source, start: text.length, end: text.length + content.length });
    text += content;
  };
  const newline = (before: BoundaryPoint, after: BoundaryPoint) => {
    if (text !== '' && !text.endsWith('\n')) push({ kind: 'break', before, after }, '\n');
  };
  const payOwedLine = (at: BoundaryPoint) => {
    if (lineOwed) newline(lineOwed, at);
    lineOwed = null;
  };

  const walk = (parent: Node) => {
    let index = -1;
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      index++;
      if (child.nodeType === 3) {
        const content = (child as Text).data;
        if (content === '' || isLayoutWhitespace(child as Text)) continue;
        payOwedLine({ node: parent, offset: index });
        push({ kind: 'text', node: child as Text }, content.replace(/\u00a0/g, ' '));
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (NEVER_TEXT.has(element.tagName) || skip(element)) continue;
      if (element.tagName === 'BR') {
        payOwedLine({ node: parent, offset: index });
        push(
          {
            kind: 'break',
            before: { node: parent, offset: index },
            after: { node: parent, offset: index + 1 },
          },
          '\n',
        );
        continue;
      }
      const label = island(element);
      if (label !== null) {
        if (label === '') continue;
        payOwedLine({ node: parent, offset: index });
        push({ kind: 'island', element }, label);
        continue;
      }
      const block = BLOCKS.has(element.tagName);
      if (block) {
        lineOwed = null;
        newline({ node: parent, offset: index }, { node: element, offset: 0 });
      }
      walk(element);
      if (block) lineOwed = { node: parent, offset: index + 1 };
    }
  };
  walk(root);

  const trimmed = text.replace(/\s+$/, '');
  return {
    text: trimmed,
    rangeFor(start, end) {
      if (
        !(Number.isInteger(start) && Number.isInteger(end)) ||
        start < 0 ||
        end < start ||
        end > trimmed.length
      ) {
        return null;
      }
      const from = segmentAt(segments, start, 'start');
      const to = segmentAt(segments, end, 'end');
      if (!from || !to || !root.isConnected) return null;
      if (!root.contains(from.node) || !root.contains(to.node)) return null;
      const range = root.ownerDocument.createRange();
      try {
        range.setStart(from.node, from.offset);
        range.setEnd(to.node, to.offset);
      } catch {
        return null; // The DOM changed since it was read (an offset past the end of a shortened text node).
      }
      return range;
    },
  };
}

/** Source formatting between blocks ("\n   " between two divs) is not text anyone typed. */
function isLayoutWhitespace(node: Text): boolean {
  if (!/^[ \t\r\n]*$/.test(node.data) || !node.data.includes('\n')) return false;
  const isBlock = (sibling: Node | null) =>
    !sibling || (sibling.nodeType === 1 && BLOCKS.has((sibling as Element).tagName));
  return isBlock(node.previousSibling) || isBlock(node.nextSibling);
}
