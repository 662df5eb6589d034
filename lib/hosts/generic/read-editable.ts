import { mapText, type TextMap } from '../../dom/text-map';

// What is not the writer's prose in any editor: code, quotes, and each library's own non-text helpers.
// Slate's zero-width anchors carry a \uFEFF the writer never typed; ProseMirror's widgets and gap cursors are
// decorations; an element hidden from assistive technology is not text the reader will see.
export const NOT_PROSE = [
  'pre',
  'code',
  'blockquote',
  '[data-slate-zero-width]',
  '[data-slate-placeholder]',
  '.ProseMirror-widget',
  '.ProseMirror-gapcursor',
  '.ck-fake-selection-container',
  '[aria-hidden="true"]',
].join(', ');

/** A mention or a chip the editor keeps whole: read as its text, never split by a mark or a fix. */
const ISLAND = '[contenteditable="false"]';

/** Reads an editable root (any family) as plain text with a map back to its DOM. */
export function readEditable(editor: HTMLElement): TextMap {
  return mapText(editor, {
    skip: (element) => element.matches(NOT_PROSE),
    island: (element) => (element.matches(ISLAND) ? (element.textContent ?? '') : null),
  });
}
