/** What happened to a fix: applied and confirmed, or refused with the reason in plain words. */
export type ReplaceOutcome = { ok: true } | { ok: false; reason: string };

export interface ReplaceOptions {
  /** A site's own untouchable parts (e.g. its quote and signature classes), added to the generic ones. */
  protect?: string;
  /** Puts `text` in place of the current selection; the browser's `insertText` command unless a test stands in. */
  insert?: (text: string) => boolean;
  /** Resolves once the host has had its chance to re-render or revert the edit. */
  settle?: () => Promise<void>;
}

// Mention islands are contenteditable=false; quotes are blockquotes on every host we know.
const ALWAYS_PROTECTED = '[contenteditable="false"], blockquote';

/**
 * Replaces the text of `range` the way a user's edit would: select it, offer the host a `beforeinput`
 * (editors such as Slate and Lexical apply it through their own model and cancel it), and otherwise let the
 * browser's `insertText` command make the edit, which keeps the host's undo stack and is seen by editors that
 * watch DOM mutations (Quill). Never writes the DOM itself. Afterwards it checks the editor's text is exactly
 * what the edit should give; when the host refused or reverted it, nothing is forced back and the reason is
 * returned in words that complete "Clearsend couldn't apply that fix: …".
 */
export async function replaceText(
  range: Range,
  text: string,
  editor: HTMLElement,
  options: ReplaceOptions = {},
): Promise<ReplaceOutcome> {
  const refused = selectForEdit(range, editor, options.protect);
  if (refused) return refused;
  const before = editor.textContent ?? '';
  const start = offsetInEditor(editor, range);
  const expected = before.slice(0, start) + text + before.slice(start + range.toString().length);

  // Chrome's insertText command fires no beforeinput of its own, so editors that only listen for it would
  // never hear of the edit: they get one first, and a host that handles it cancels it.
  const handledByHost = !offerBeforeInput(editor, text);
  const inserted =
    !handledByHost && (options.insert ? options.insert(text) : insertWithBrowser(text, editor.ownerDocument));
  await (options.settle ?? settleHost)();

  return editOutcome(editor.textContent ?? '', { before, expected, inserted }, sameText);
}

/** What became of an edit, from the text after it: done, refused or undone by the page, or changed otherwise. */
export function editOutcome(
  after: string,
  edit: { before: string; expected: string; inserted: boolean },
  same: (a: string, b: string) => boolean,
): ReplaceOutcome {
  if (same(after, edit.expected)) return { ok: true };
  if (same(after, edit.before))
    return { ok: false, reason: edit.inserted ? 'the page undid the edit' : 'the page refused the edit' };
  return { ok: false, reason: 'the page changed the text in another way (Ctrl+Z undoes it)' };
}

/**
 * Selects `range` as the writer would before an edit, the caret in the editor; a refusal in words when the range
 * left the editor or touches a mention, a quote or the site's own `protect` parts. Null once selected.
 */
export function selectForEdit(range: Range, editor: HTMLElement, protect?: string): ReplaceOutcome | null {
  if (!editor.isConnected || !editor.contains(range.startContainer) || !editor.contains(range.endContainer)) {
    return { ok: false, reason: 'the text is no longer in this message box' };
  }
  if (touchesProtected(range, editor, protect)) {
    return { ok: false, reason: 'it would change a mention, a quote or a signature' };
  }
  editor.focus({ preventScroll: true });
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return { ok: false, reason: 'the browser gave no text selection to edit with' };
  selection.removeAllRanges();
  selection.addRange(range);
  return null;
}

function touchesProtected(range: Range, editor: HTMLElement, protect?: string): boolean {
  const selector = protect ? `${ALWAYS_PROTECTED}, ${protect}` : ALWAYS_PROTECTED;
  const inside = (node: Node) => {
    const element = node instanceof Element ? node : node.parentElement;
    const found = element?.closest(selector);
    return !!found && editor.contains(found);
  };
  if (inside(range.startContainer) || inside(range.endContainer)) return true;
  return [...editor.querySelectorAll(selector)].some((element) => range.intersectsNode(element));
}

function offsetInEditor(editor: HTMLElement, range: Range): number {
  const head = editor.ownerDocument.createRange();
  head.setStart(editor, 0);
  head.setEnd(range.startContainer, range.startOffset);
  return head.toString().length;
}

// Hosts swap spaces for no-break spaces and sprinkle zero-width characters; neither is a different text.
export function sameText(a: string, b: string): boolean {
  const plain = (s: string) => s.replace(/\u00a0/g, ' ').replace(/[\u200b\ufeff]/g, '');
  return plain(a) === plain(b);
}

/** Dispatches the edit as `beforeinput`; false when a host handled it (cancelled the event). */
export function offerBeforeInput(editor: HTMLElement, text: string): boolean {
  const init: InputEventInit = {
    inputType: 'insertReplacementText',
    data: text,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  if (typeof DataTransfer === 'function') {
    // Slate and Lexical read a replacement's text from dataTransfer rather than data.
    init.dataTransfer = new DataTransfer();
    init.dataTransfer.setData('text/plain', text);
  }
  return editor.dispatchEvent(new InputEvent('beforeinput', init));
}

/** Types `text` over the selection through the browser's `insertText` command; false when it did not run. */
export function insertWithBrowser(text: string, doc: Document = document): boolean {
  try {
    // Deprecated but still the only way to make an edit the browser, the host and its undo stack all treat
    // as typed; the `beforeinput` event it fires is what React/Quill-style editors listen to.
    return typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/** A frame and a task: enough for React-style hosts to re-render and for editors that revert foreign edits. */
export function settleHost(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => setTimeout(resolve, 0);
    // requestAnimationFrame does not run in a background tab; the timeout keeps a fix from hanging there.
    const fallback = setTimeout(done, 100);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      done();
    });
  });
}
