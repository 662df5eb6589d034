import { editOutcome, insertWithBrowser, type ReplaceOutcome } from './replace-text';

/**
 * Replaces [start, end) of a textarea's (or a text field's) value the way a user's edit would: select it and let the browser's
 * `insertText` command type the replacement, which keeps the field's undo stack (Ctrl+Z takes the fix back) and
 * fires the `input` event frameworks such as React listen to. Setting `value` would do neither. Checked
 * afterwards, like replaceText: a page that refused or reverted the edit is told in words, never forced.
 */
export async function replaceInField(
  field: HTMLTextAreaElement | HTMLInputElement,
  start: number,
  end: number,
  text: string,
): Promise<ReplaceOutcome> {
  if (!field.isConnected) return { ok: false, reason: 'the text is no longer in this message box' };
  const before = field.value;
  if (start < 0 || end < start || end > before.length)
    return { ok: false, reason: 'the text changed since it was checked' };
  const expected = before.slice(0, start) + text + before.slice(end);
  field.focus({ preventScroll: true });
  field.setSelectionRange(start, end);
  const inserted = insertWithBrowser(text, field.ownerDocument);
  await new Promise((resolve) => setTimeout(resolve, 0));
  // A field's value is exactly what was typed: no host swaps in no-break spaces here.
  return editOutcome(field.value, { before, expected, inserted }, (a, b) => a === b);
}
