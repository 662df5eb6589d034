// Which elements on any page are a place to write a message. Site-independent: every selector is an editor
// library's own stable marker (its root class or data attribute, from each library's public markup; see
// tests/fixtures/README.md § editors), or plain HTML. Pinned by tests/fixtures/editors/*.html.

/** The rich editors found by their own root marker, each a contenteditable root. */
export const EDITOR_FAMILIES = {
  prosemirror: '.ProseMirror', // ProseMirror and Tiptap (Tiptap's root is ProseMirror's)
  lexical: '[data-lexical-editor="true"]',
  quill: '.ql-editor',
  ckeditor5: '.ck-editor__editable',
  slate: '[data-slate-editor="true"]',
  draftjs: '.public-DraftEditor-content',
} as const;

export type EditorFamily = keyof typeof EDITOR_FAMILIES | 'contenteditable' | 'textarea';

const EDITABLE = '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';
/** Everything the generic adapter looks at; `isMessageBox` decides. */
export const CANDIDATES = `textarea, ${EDITABLE}`;

/**
 * Not a message: search and pickers (their roles and types, an enclosing search landmark), one-line fields, and
 * editors' own hidden helpers (Quill's clipboard). Roles and types rather than labels, which are translated.
 */
const NOT_A_MESSAGE = [
  '[role="search"] *',
  '[role="searchbox"]',
  '[role="combobox"]',
  '[aria-multiline="false"]',
  '[aria-hidden="true"]',
  '[readonly]',
  '[disabled]',
  '.ql-clipboard',
].join(', ');

/** Below this a textarea holds a line, not a message (a "rows=1" search or title box). */
const MIN_TEXTAREA_ROWS = 2;

/** Whether `element` is a box a person writes a message in (and not a search box, a code field, a nested part). */
export function isMessageBox(element: HTMLElement): boolean {
  if (element.matches(NOT_A_MESSAGE) || element.closest('[aria-hidden="true"]')) return false;
  if (element.localName === 'textarea') {
    const rows = Number(element.getAttribute('rows') ?? MIN_TEXTAREA_ROWS);
    return rows >= MIN_TEXTAREA_ROWS && element.getAttribute('type') !== 'search';
  }
  // An editable inside another belongs to the outer one (a widget's caption in CKEditor, a code block).
  return !element.parentElement?.closest(EDITABLE);
}

/** The editor library an editable root belongs to, by its marker; plain contenteditable otherwise. */
export function familyOf(element: HTMLElement): EditorFamily {
  if (element.localName === 'textarea') return 'textarea';
  for (const [family, marker] of Object.entries(EDITOR_FAMILIES) as [EditorFamily, string][])
    if (element.matches(marker)) return family;
  return 'contenteditable';
}
