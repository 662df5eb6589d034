// Which elements on any page are a place to write a message. Site-independent: plain HTML and ARIA, and an editor
// library's own helper only where it must be left out (see tests/fixtures/README.md § editors). Each editor
// family's page in tests/fixtures/editors/ is checked end to end (tests/e2e/editors.e2e.ts).

const EDITABLE = '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';
/** Everything the generic adapter looks at; `isMessageBox` decides. */
export const CANDIDATES = `textarea, input, ${EDITABLE}`;

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
/** A field that cannot hold two short sentences (its `maxlength`) holds a name, a title or a code. */
const MIN_MESSAGE_LENGTH = 140;
/** Narrower than 20 em (about forty characters), a one-line field holds a name, a code or a title. */
const MIN_INPUT_WIDTH_EM = 20;

/** Whether `element` is a box a person writes a message in (and not a search box, a code field, a nested part). */
export function isMessageBox(element: HTMLElement): boolean {
  if (element.matches(NOT_A_MESSAGE) || element.closest('[aria-hidden="true"]')) return false;
  if (element.localName === 'textarea') {
    const rows = Number(element.getAttribute('rows') ?? MIN_TEXTAREA_ROWS);
    return rows >= MIN_TEXTAREA_ROWS && element.getAttribute('type') !== 'search';
  }
  if (element instanceof HTMLInputElement) return isMessageLine(element);
  // An editable inside another belongs to the outer one (a widget's caption in CKEditor, a code block).
  return !element.parentElement?.closest(EDITABLE);
}

/**
 * A one-line field is a message box (a chat's "Type a message") only when it is long enough for one and is the one
 * place to write in its form: beside a textarea it is that message's title or subject. A field that names what it
 * holds for autofill (`autocomplete="name"`, "email", …; "off" and "on" name nothing), offers a list to pick from,
 * or is hidden or narrow when found is left alone.
 */
function isMessageLine(input: HTMLInputElement): boolean {
  // The property, not the attribute: a type left out or unknown to the browser is "text".
  if (input.type !== 'text') return false;
  const autocomplete = input.getAttribute('autocomplete')?.trim().toLowerCase() ?? '';
  if (autocomplete !== '' && autocomplete !== 'off' && autocomplete !== 'on') return false;
  if (input.hasAttribute('list')) return false;
  if (input.maxLength >= 0 && input.maxLength < MIN_MESSAGE_LENGTH) return false;
  if (input.form && [...input.form.querySelectorAll(CANDIDATES)].filter(isWritable).length > 1) return false;
  const fontSize = Number.parseFloat(input.ownerDocument.defaultView?.getComputedStyle(input).fontSize ?? '');
  return input.offsetWidth >= MIN_INPUT_WIDTH_EM * (fontSize || 16);
}

/** A place to write, as a form's other fields go: a textarea, an editable, a text field (not a button or a box). */
function isWritable(element: Element): boolean {
  return !(element instanceof HTMLInputElement) || element.type === 'text';
}
