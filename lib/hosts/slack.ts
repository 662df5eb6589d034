import type { DraftKind } from '../analysis/types';
import { insertParagraph } from '../dom/replace-lines';
import { mapText } from '../dom/text-map';
import {
  distinctTexts,
  isOptedOut,
  MOST_PEOPLE,
  nearestHolding,
  type SendGestures,
  watchBoxes,
  watchSendGestures,
} from './common';
import type { ComposeBox, DraftSnapshot, SiteAdapter } from './types';

// Every selector is pinned by tests/fixtures/slack/*.html and lib/hosts/slack.test.ts, and follows
// ../shared/hosts/slack-evidence.md. `[data-qa="message_input"]` is Quill's container, the editable is the
// `.ql-editor[data-qa="texty_input"]` inside it (traps.md 12). Quill's data-gramm="false" and ql-blank are on every
// editor and mean nothing to us. No aria-label is read: they are translated ("Send message" / "メッセージを送信").
const COMPOSER_EDITOR = [
  '[data-qa="message_input"] .ql-editor[contenteditable="true"]',
  // The 2018-era container was itself the editable.
  '[data-qa="message_input"][contenteditable="true"]',
].join(', ');
/**
 * When Slack renames the container: an editable with a send button close by. The Jump-to / search box is a Quill
 * editor too (`.ql-editor[data-qa="texty_input"]`, once role=combobox), with no send button near it.
 */
const FALLBACK_EDITOR = '.ql-editor[contenteditable="true"], div[role="textbox"][contenteditable="true"]';
const NOT_A_COMPOSER = '.ql-clipboard, [aria-hidden="true"], [role="combobox"], [aria-multiline="false"]';
const THREAD_PANE = '[data-qa="threads_flexpane"], .p-threads_footer__input, [data-qa="rhs_container"]';
const HEADER_NAME = '[data-qa="channel_name"]';
const SEND_BUTTON = '[data-qa="texty_send_button"], .c-wysiwyg_container__button--send';
/** An empty composer's send button says so both ways (Slack 4.52: c-button--disabled; web: aria-disabled). */
const DISABLED = '[aria-disabled="true"], .c-button--disabled';
const MENTION = 'ts-mention';
/** Quill embeds (emoji, links) carry their text in data-stringify-text around zero-width \uFEFF anchors. */
const EMBED = '[data-stringify-text]';
/** Code and quotes in a message are not the writer's prose; Quill writes a code block as one div per line. */
const NOT_PROSE = 'pre, code, blockquote, .ql-code-block';
/**
 * A message's sender: the name's own button. Not `[data-qa="message_sender"]` around it, which on some messages holds
 * the name twice (a copy for screen readers).
 */
const SENDER = '[data-qa="message_sender_name"]';
/** What a composer writes into: the thread pane, or the conversation's view; each holds its own message list. */
const CONVERSATION_VIEW = '[data-qa="threads_flexpane"], .p-view_contents';
/** /client/T…/C… (channel), D… (DM), G… (group DM); the id is the stable key for a conversation. */
const CONVERSATION_PATH = /^\/client\/T\w+\/([CDG])(\w+)/;

export const slackAdapter: SiteAdapter = {
  site: 'slack',
  watch(doc, onBox, signal) {
    watchBoxes(doc, `${COMPOSER_EDITOR}, ${FALLBACK_EDITOR}`, composeBoxFor, onBox, signal);
  },
};

function composeBoxFor(editor: HTMLElement): ComposeBox | null {
  // Quill's hidden .ql-clipboard is editable too, and nested editables belong to the outer one.
  if (editor.matches(NOT_A_COMPOSER)) return null;
  if (editor.parentElement?.closest('[contenteditable="true"]')) return null;
  const composer = editor.matches(COMPOSER_EDITOR);
  const input = editor.closest('[data-qa="message_input"]') ?? editor;
  const holder = nearestHolding(input, SEND_BUTTON, 6);
  if (!composer && !(holder && ownsSendButton(holder, editor))) return null;
  const anchor = (holder ?? input.parentElement ?? input) as HTMLElement;
  return {
    editor,
    anchor,
    protect: `${MENTION}, ${EMBED}, ${NOT_PROSE}`,
    readDraft: () => readDraft(editor),
    onSend: (callback, signal) => watchSendGestures(anchor, sendGestures(editor), callback, signal),
    optedOut: () => isOptedOut(editor),
    focus: () => editor.focus({ preventScroll: true }),
    // Slack's model is one line per paragraph (Shift+Enter makes one); Firefox types a "\n" as a <br> inside one.
    breakLine: () => insertParagraph(editor.ownerDocument),
  };
}

/** The send button is this editor's when the nearest area holding it holds no other editor (e.g. the search). */
function ownsSendButton(holder: Element, editor: HTMLElement): boolean {
  const editors = [...holder.querySelectorAll(FALLBACK_EDITOR)].filter((e) => !e.matches('.ql-clipboard'));
  return editors.length === 1 && editors[0] === editor;
}

function readDraft(editor: HTMLElement): DraftSnapshot {
  const map = mapText(editor, {
    skip: (element) => element.matches(NOT_PROSE),
    island: (element) =>
      element.localName === MENTION
        ? (element.getAttribute('data-label') ?? element.textContent ?? '')
        : element.matches(EMBED)
          ? (element.getAttribute('data-stringify-text') ?? '')
          : element.getAttribute('contenteditable') === 'false'
            ? (element.textContent ?? '')
            : null,
  });
  return {
    draft: { text: map.text, site: 'slack', ...conversationOf(editor) },
    rangeFor: map.rangeFor,
    people: recentSenders(editor),
  };
}

/**
 * Who wrote last where `editor` writes, newest first, each once: the thread pane's messages for its composer, the
 * conversation's for the channel's. Slack names a sender once per run of their messages, so a message without a
 * name is the run of the named one above it. Where neither view is found, the nearest area holding messages.
 */
export function recentSenders(editor: HTMLElement): string[] {
  const view = editor.closest(CONVERSATION_VIEW) ?? nearestHolding(editor, SENDER, 12);
  const senders = [...(view?.querySelectorAll(SENDER) ?? [])].reverse();
  return distinctTexts(
    senders.map((sender) => sender.textContent ?? ''),
    MOST_PEOPLE,
  );
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

/**
 * Enter without Shift in the editor — caught on the window in the capture phase: Quill handles it on the editor and
 * clears the box — and the send button while it can send.
 */
const sendGestures = (editor: HTMLElement): SendGestures => ({
  button: SEND_BUTTON,
  disabled: DISABLED,
  isSendKey: (event, target) =>
    editor.contains(target) &&
    event.key === 'Enter' &&
    !event.shiftKey &&
    !event.isComposing &&
    // With the mention/emoji menu open, Enter picks a suggestion instead of sending.
    editor.getAttribute('aria-expanded') !== 'true',
});
