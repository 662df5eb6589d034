import type { SiteOrigin } from '../../analysis/types';
import { replaceInField } from '../../dom/replace-in-field';
import { adapterFor, isOptedOut } from '../common';
import type { ComposeBox, SiteAdapter } from '../types';
import { CANDIDATES, isMessageBox } from './editors';
import { createFieldMirror } from './field-mirror';
import { NOT_PROSE, readEditable } from './read-editable';
import { watchGenericSend } from './send';

/** The adapter for a site the user turned Clearsend on for: any textarea, text field or editable root that holds a message. */
export function genericAdapter(site: SiteOrigin): SiteAdapter {
  return adapterFor(site, CANDIDATES, (element, boxSignal) => composeBoxFor(element, site, boxSignal));
}

function composeBoxFor(editor: HTMLElement, site: SiteOrigin, signal: AbortSignal): ComposeBox | null {
  if (!isMessageBox(editor)) return null;
  const anchor = (editor.closest('form') ?? editor.parentElement ?? editor) as HTMLElement;
  // A box on a site Clearsend knows nothing of is most often a comment or post several people read (an issue,
  // a forum, a ticket): read as a group message, so an ask to "someone" is asked to name an owner.
  const context = { kind: 'comment' } as const;
  const shared = {
    editor,
    anchor,
    optedOut: () => isOptedOut(editor),
    focus: () => editor.focus({ preventScroll: true }),
  };
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    const mirror = createFieldMirror(editor, signal);
    const read = () => ({ text: editor.value.replace(/\s+$/, ''), site, ...context });
    return {
      ...shared,
      protect: '',
      readDraft: () => {
        const value = editor.value;
        return { draft: read(), rangeFor: (start, end) => mirror.rangeFor(value, start, end) };
      },
      replace: (start, end, text) => replaceInField(editor, start, end, text),
      onSend: (callback, sendSignal) => watchGenericSend(editor, anchor, read, callback, sendSignal),
    };
  }
  const read = () => {
    const map = readEditable(editor);
    return { draft: { text: map.text, site, ...context }, rangeFor: map.rangeFor };
  };
  return {
    ...shared,
    protect: NOT_PROSE,
    readDraft: read,
    onSend: (callback, sendSignal) =>
      watchGenericSend(editor, anchor, () => read().draft, callback, sendSignal),
  };
}
