import type { DraftKind, SiteOrigin } from '../analysis/types';
import { adapterFor, isOptedOut, nearestHolding, type SendGestures, watchSendGestures } from './common';
import { NOT_PROSE, readEditable } from './generic/read-editable';
import type { ComposeBox, DraftSnapshot, SiteAdapter } from './types';

// Microsoft Teams on the web (issue 14.3). Every selector is pinned by tests/fixtures/sites/teams.html and
// lib/hosts/teams.test.ts and follows the public evidence in tests/fixtures/README.md § sites/teams.html: Teams'
// own data-tid test ids, never a label (translated) nor a class (generated). The evidence is thinner than for
// Outlook's, so this reads only the box, where it sits and the send.

/** The message box: Teams' CKEditor editable, in a chat, a channel's new post and a post's replies alike. */
const BODY = '[data-tid="ckeditor"][contenteditable="true"]';
/** The send button beside the box (the same test id as the Done of an edit). */
const SEND = 'button[data-tid="newMessageCommands-send"], button[data-tid="sendMessageCommands-send"]';
/** A post in a channel, and the replies under it: a box inside them answers the post. */
const CHANNEL_POST = '[data-tid="channel-pane-message"], [data-tid="channel-replies-runway"]';
/** A channel's list of posts, and its name above them. */
const CHANNEL_VIEW = '[data-tid="channel-pane-runway"]';
const CHANNEL_NAME = '[data-tid="channel-header-title"]';

export function teamsAdapter(site: SiteOrigin): SiteAdapter {
  return adapterFor(site, BODY, (element) => composeBoxFor(element, site));
}

function composeBoxFor(editor: HTMLElement, site: SiteOrigin): ComposeBox | null {
  if (editor.parentElement?.closest('[contenteditable="true"]')) return null;
  const anchor = (nearestHolding(editor, SEND, 6) ?? editor.parentElement ?? editor) as HTMLElement;
  return {
    editor,
    anchor,
    protect: NOT_PROSE,
    readDraft: () => readDraft(editor, site),
    onSend: (callback, signal) => watchSendGestures(anchor, sendGestures(editor), callback, signal),
    optedOut: () => isOptedOut(editor),
    focus: () => editor.focus({ preventScroll: true }),
  };
}

function readDraft(editor: HTMLElement, site: SiteOrigin): DraftSnapshot {
  const map = readEditable(editor);
  const doc = editor.ownerDocument;
  const reply = !!editor.closest(CHANNEL_POST);
  const inChannel = reply || !!doc.querySelector(CHANNEL_VIEW);
  // A chat (1:1 or group) reads like a Slack DM: one reader's "you"; a channel post is read by the team.
  const kind: DraftKind = reply ? 'thread' : inChannel ? 'channel' : 'dm';
  const channel = inChannel ? doc.querySelector(CHANNEL_NAME)?.textContent?.trim() : undefined;
  return {
    draft: { text: map.text, site, kind, isReply: reply, ...(channel ? { channel } : {}) },
    rangeFor: map.rangeFor,
  };
}

/** Enter without Shift in the box (Teams' send key; Ctrl+Enter too), and the send button beside it. */
const sendGestures = (editor: HTMLElement): SendGestures => ({
  button: SEND,
  disabled: '[disabled], [aria-disabled="true"]',
  isSendKey: (event, target) =>
    editor.contains(target) &&
    event.key === 'Enter' &&
    !event.shiftKey &&
    !event.isComposing &&
    !event.altKey,
});
