// Which elements on any page are a place to write a message. Site-independent: plain HTML and ARIA, and an editor
// library's own helper only where it must be left out (see tests/fixtures/README.md § editors). Each editor
// family's page in tests/fixtures/editors/ is checked end to end (tests/e2e/editors.e2e.ts).

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
