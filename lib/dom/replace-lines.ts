import {
  editOutcome,
  insertWithBrowser,
  offerBeforeInput,
  type ReplaceOutcome,
  sameText,
  selectForEdit,
  settleHost,
} from './replace-text';

/** The box a multi-line fix edits, as its site adapter knows it (`ComposeBox`). */
export interface LinesTarget {
  editor: HTMLElement;
  protect?: string;
  /**
   * The text as the adapter reads it (the Draft's text). Lines are blocks (`<div>`, `<p>`, Notion's blocks), and
   * the editor's `textContent` has no line breaks between them: the edit is checked against this reading instead.
   */
  read(): string;
  /**
   * The host's own new line, where a "\n" inside the typed text is not one: Slack's model wants a paragraph
   * (Firefox types "\n" as a `<br>` inside one), Notion a new block. Absent: the text is typed in one piece.
   */
  breakLine?(): boolean;
}

export const SPANS_BLOCKS: ReplaceOutcome = {
  ok: false,
  reason: 'it would join lines this page keeps as separate blocks',
};

/**
 * Makes an edit across lines (a numbered list, a line taken out) the way a writer would: select the range, offer
 * the host the whole edit as one `beforeinput` (Quill, Slate and Lexical apply it through their model), and
 * otherwise type it: in one `insertText` (Chromium makes each "\n" a paragraph, Firefox a `<br>`; one undo step in
 * both), or line by line with the host's own line break between (`breakLine`). Checked like `replaceText`, but
 * against the adapter's reading of the text, which has the line breaks; never forced back when it did not take.
 */
export async function replaceLines(
  range: Range,
  edit: { start: number; end: number; text: string },
  target: LinesTarget,
  settle: () => Promise<void> = settleHost,
): Promise<ReplaceOutcome> {
  const { editor } = target;
  const before = target.read();
  // Typed line by line, the host makes each line; typing over two of its blocks merges them behind its back. A
  // removal alone is the browser's delete, what Backspace over the lines does (no fix removes across Notion's
  // blocks: the buried ask is not moved on a page).
  if (target.breakLine && edit.text && before.slice(edit.start, edit.end).includes('\n')) return SPANS_BLOCKS;
  const refused = selectForEdit(range, editor, target.protect);
  if (refused) return refused;
  const expected = before.slice(0, edit.start) + edit.text + before.slice(edit.end);
  const doc = editor.ownerDocument;

  const handledByHost = !offerBeforeInput(editor, edit.text);
  const inserted = !handledByHost && typeLines(edit.text, doc, target.breakLine);
  await settle();
  return editOutcome(target.read(), { before, expected, inserted }, sameText);
}

function typeLines(text: string, doc: Document, breakLine?: () => boolean): boolean {
  if (!text) return runCommand(doc, 'delete');
  if (!breakLine) return insertWithBrowser(text, doc);
  const lines = text.split('\n');
  // A first line with nothing to type still has to take the selection's place.
  if (lines[0] === '' && !doc.getSelection()?.isCollapsed && !runCommand(doc, 'delete')) return false;
  return lines.every((line, i) => (i === 0 || breakLine()) && (line === '' || insertWithBrowser(line, doc)));
}

/** A new paragraph at the caret, as the Enter key makes one in a plain editor (Slack's Shift+Enter). */
export function insertParagraph(doc: Document): boolean {
  return runCommand(doc, 'insertParagraph');
}

function runCommand(doc: Document, command: 'delete' | 'insertParagraph'): boolean {
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand(command);
  } catch {
    return false;
  }
}
