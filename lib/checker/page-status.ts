import type { TabStatus } from '../messaging';

/**
 * What a content script can say about its page for the popup's status line: how many compose boxes it checks,
 * and whether the writer focused a text field while the adapter saw no compose box at all (the host's markup may
 * have changed under the adapter). Kept on the page, answered only to the extension's own popup.
 */
export function watchPageStatus(
  doc: Document,
  counts: () => { checked: number; found: number },
  signal: AbortSignal,
): () => TabStatus {
  let missed = false;
  doc.addEventListener(
    'focusin',
    (event) => {
      // Counted after the adapter had its chance: a compose box that appears on focus is found in the same task.
      if (isWritingField(event.target) && counts().found === 0) missed = true;
    },
    { capture: true, signal },
  );
  return () => {
    const { checked, found } = counts();
    return { boxes: checked, missedEditor: found === 0 && missed };
  };
}

/**
 * A field a message is written in: an editable region or a textarea. Single-line inputs (search, To, subject)
 * are not: focusing the search box with no compose open says nothing about the adapter.
 */
function isWritingField(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.localName === 'textarea') return true;
  const editable = target as HTMLElement;
  return editable.isContentEditable && target.getAttribute('role') !== 'combobox';
}
