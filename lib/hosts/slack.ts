import type { DraftKind } from '../analysis/types';
import { observe } from '../dom/observe';
import { mapText } from '../dom/text-map';
import { eventElement, isOptedOut, listenFirst, nearestHolding, safely } from './common';
import type { ComposeBox, DraftSnapshot, SiteAdapter } from './types';

// Every selector is pinned by tests/fixtures/slack/client.html and lib/hosts/slack.test.ts.
const EDITOR = [
  '[data-qa="message_input"] .ql-editor[contenteditable="true"]',
  '[data-qa="message_input"][contenteditable="true"]',
  'div[role="textbox"][contenteditable="true"]',
].join(', ');
const THREAD_PANE = '[data-qa="threads_flexpane"], [data-qa="rhs_container"]';
const HEADER_NAME = '[data-qa="channel_name"]';
const SEND_BUTTON = '[data-qa="texty_send_button"]';
const MENTION = 'ts-mention';
/** Code and quotes in a message are not the writer's prose. */
const NOT_PROSE = 'pre, code, blockquote';
/** /client/T…/C… (channel), D… (DM), G… (group DM); the id is the stable key for a conversation. */
const CONVERSATION_PATH = /^\/client\/T\w+\/([CDG])(\w+)/;

export const slackAdapter: SiteAdapter = {
  site: 'slack',
  watch(doc, onBox, signal) {
    observe(
      EDITOR,
      (element, boxSignal) => {
        const box = safely(() => composeBoxFor(element as HTMLElement), null);
        if (box) onBox(box, boxSignal);
      },
      { signal, root: doc, attributes: ['contenteditable'] },
    );
  },
};

function composeBoxFor(editor: HTMLElement): ComposeBox | null {
  // Quill's hidden .ql-clipboard is editable too, and nested editables belong to the outer one.
  if (editor.matches('.ql-clipboard, [aria-hidden="true"]')) return null;
  if (editor.parentElement?.closest('[contenteditable="true"]')) return null;
  const input = editor.closest('[data-qa="message_input"]') ?? editor;
  const anchor = (nearestHolding(input, SEND_BUTTON, 6) ?? input.parentElement ?? input) as HTMLElement;
  return {
    editor,
    anchor,
    protect: `${MENTION}, ${NOT_PROSE}`,
    readDraft: () => readDraft(editor),
    onSend: (callback, signal) => watchSend(editor, anchor, callback, signal),
    // Slack sets spellcheck="false" on every composer; that is not an opt-out.
    optedOut: () => isOptedOut(editor),
    focus: () => editor.focus({ preventScroll: true }),
  };
}

function readDraft(editor: HTMLElement): DraftSnapshot {
  const map = mapText(editor, {
    skip: (element) => element.matches(NOT_PROSE),
    island: (element) =>
      element.localName === MENTION
        ? (element.getAttribute('data-label') ?? element.textContent ?? '')
        : element.getAttribute('contenteditable') === 'false'
          ? (element.textContent ?? '')
          : null,
  });
  return { draft: { text: map.text, site: 'slack', ...conversationOf(editor) }, rangeFor: map.rangeFor };
}

function conversationOf(editor: HTMLElement) {
  const doc = editor.ownerDocument;
  const match = doc.location?.pathname.match(CONVERSATION_PATH);
  const type = match?.[1] ?? conversationTypeFromId(editor);
  const inThread =
    !!editor.closest(THREAD_PANE) ||
    editor.closest('[data-qa="message_input"]')?.getAttribute('data-view-context') === 'threads-flexpane';
  const name = doc.querySelector(HEADER_NAME)?.textContent?.trim().replace(/^#/, '') || undefined;
  const direct = type === 'D' || type === 'G';
  const kind: DraftKind = inThread ? 'thread' : direct ? 'dm' : 'channel';
  return {
    kind,
    isReply: inThread,
    ...(name ? { channel: name } : {}),
    // A DM's members are the header's names; a group DM lists them comma-separated.
    ...(direct && name ? { recipients: name.split(/,\s*/).filter(Boolean) } : {}),
  };
}

/** The composer names its conversation too; used when the URL does not (e.g. a popped-out window). */
function conversationTypeFromId(editor: HTMLElement): string | undefined {
  return editor.closest('[data-channel-id]')?.getAttribute('data-channel-id')?.[0];
}

function watchSend(
  editor: HTMLElement,
  anchor: HTMLElement,
  callback: () => void,
  signal: AbortSignal,
): void {
  // Enter is caught on the window in the capture phase: Quill handles it on the editor and clears the box.
  listenFirst(
    editor.ownerDocument.defaultView,
    'keydown',
    (event) => {
      const element = eventElement(event);
      if (!element || !editor.contains(element)) return;
      if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
      // With the mention/emoji menu open, Enter picks a suggestion instead of sending.
      if (editor.getAttribute('aria-expanded') === 'true') return;
      callback();
    },
    signal,
  );
  listenFirst(
    editor.ownerDocument.defaultView,
    'click',
    (event) => {
      const button = eventElement(event)?.closest(SEND_BUTTON);
      if (button && anchor.contains(button) && button.getAttribute('aria-disabled') !== 'true') callback();
    },
    signal,
  );
}
