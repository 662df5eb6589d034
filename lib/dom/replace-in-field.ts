import type { ReplaceOutcome } from './replace-text';

/**
 * Replaces [start, end) of a textarea's value the way a user's edit would: select it and let the browser's
 * `insertText` command type the replacement, which keeps the field's undo stack (Ctrl+Z takes the fix back) and
 * fires the `input` event frameworks such as React listen to. Setting `value` would do neither. Checked
 * afterwards, like replaceText: a page that refused or reverted the edit is told in words, never forced.
 */
export async function replaceInField(
  field: HTMLTextAreaElement,
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
  let inserted = false;
  try {
    inserted = field.ownerDocument.execCommand('insertText', false, text);
  } catch {
    inserted = false;
  }
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (field.value === expected) return { ok: true };
  if (field.value === before)
    return { ok: false, reason: inserted ? 'the page undid the edit' : 'the page refused the edit' };
  return { ok: false, reason: 'the page changed the text in another way (Ctrl+Z undoes it)' };
}
