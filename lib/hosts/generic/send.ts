import type { Draft } from '../../analysis/types';
import { eventElement, listenFirst } from '../common';

type Sent = Omit<Draft, 'now'>;

// How long after a key or click the page may take to clear its box, for that to count as having sent it.
const CLEARED_WITHIN_MS = 150;

/**
 * Sends on a page Clearsend knows nothing about: Ctrl/Cmd+Enter in the box, the submit of the form around it,
 * and — since chat boxes send on Enter and pages send on their own button — an Enter or a button click after
 * which the page emptied the box within a moment. The last is reported with the draft read before the key, as
 * the box no longer holds it. A plain Enter that leaves the text in place is a new line, not a send.
 */
export function watchGenericSend(
  editor: HTMLElement,
  area: HTMLElement,
  read: () => Sent,
  callback: (sent?: Sent) => void,
  signal: AbortSignal,
): void {
  const view = editor.ownerDocument.defaultView;
  const sentIfCleared = () => {
    const before = read();
    if (!before.text.trim()) return;
    view?.setTimeout(() => {
      if (!signal.aborted && !read().text.trim()) callback(before);
    }, CLEARED_WITHIN_MS);
  };
  listenFirst(
    view,
    'keydown',
    (event) => {
      const element = eventElement(event);
      if (!element || !editor.contains(element)) return;
      if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
      if (event.ctrlKey || event.metaKey) callback();
      else sentIfCleared();
    },
    signal,
  );
  listenFirst(
    view,
    'click',
    (event) => {
      const button = eventElement(event)?.closest('button, [role="button"], input[type="submit"]');
      if (button && area.contains(button) && !editor.contains(button)) sentIfCleared();
    },
    signal,
  );
  listenFirst(
    view,
    'submit',
    (event) => {
      const form = eventElement(event);
      if (form?.contains(editor)) callback();
    },
    signal,
  );
}
