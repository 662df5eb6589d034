import type { SiteOrigin } from '../analysis/types';
import { mapText } from '../dom/text-map';
import { adapterFor, isOptedOut, nearestHolding, type SendGestures, watchSendGestures } from './common';
import { NOT_PROSE } from './generic/read-editable';
import type { ComposeBox, DraftSnapshot, SiteAdapter } from './types';

// Outlook on the web (issue 14.3). Every selector is pinned by tests/fixtures/sites/outlook.html and
// lib/hosts/outlook.test.ts and follows the public evidence in tests/fixtures/README.md § sites/outlook.html.
// Ids, roles and Outlook's own class names only, never a label: Outlook translates them all.

/** The body: Outlook's editor inside its `editorParent_<n>` wrapper. */
const BODY = '[id^="editorParent_"] [contenteditable="true"][role="textbox"]';
/** The To and Cc wells: role=group, the id a per-compose prefix and a fixed suffix. Bcc is nobody's to read. */
const WELLS = ['[role="group"][id$="_TO"]', '[role="group"][id$="_CC"]'];
/** A resolved recipient: its aria-label is the address ("Name <address>" for a contact), its text the name. */
const CHIP = '._EType_RECIPIENT_ENTITY';
const CHIP_NAME = '[class*="textContainer"]';
const ADDRESS = /[^\s<>,;]+@[^\s<>,;]+\.[^\s<>,;]+/;
/** Send: the split button's primary part (its arrow opens a menu), or the older layout's name="Send". */
const SEND = 'button[id$="__primaryActionButton"], button[name="Send"]';
/** Ctrl/Cmd+Enter in the compose, as Outlook sends; a plain Enter is a new line. */
const SEND_GESTURES: SendGestures = {
  button: SEND,
  isSendKey: (event) => event.key === 'Enter' && !event.isComposing && (event.ctrlKey || event.metaKey),
};
/**
 * Where the quoted thread starts: the writer's part ends at `#appendonsend`, or at the history's From/Sent block
 * (`#divRplyFwdMsg`), or at the container newer Outlook puts the whole reference message in. The rest of the body,
 * from there on, is the thread.
 */
const THREAD = '#appendonsend, #divRplyFwdMsg, #mail-editor-reference-message-container';
const SIGNATURE = '#Signature';
const NOT_THE_MESSAGE = `${THREAD}, ${SIGNATURE}, ${NOT_PROSE}`;

export function outlookAdapter(site: SiteOrigin): SiteAdapter {
  return adapterFor(site, BODY, (element) => composeBoxFor(element, site));
}

function composeBoxFor(editor: HTMLElement, site: SiteOrigin): ComposeBox | null {
  if (editor.parentElement?.closest('[contenteditable="true"]')) return null;
  // The compose: the nearest element holding the To well and the body (a reading-pane reply or a new message).
  const anchor = (nearestHolding(editor, WELLS[0]!, 12) ?? editor.parentElement ?? editor) as HTMLElement;
  return {
    editor,
    anchor,
    protect: NOT_THE_MESSAGE,
    recipientField: () => anchor.querySelector<HTMLElement>(`${WELLS[0]} [contenteditable="true"]`),
    readDraft: () => readDraft(editor, anchor, site),
    onSend: (callback, signal) => watchSendGestures(anchor, SEND_GESTURES, callback, signal),
    optedOut: () => isOptedOut(editor),
    focus: () => editor.focus({ preventScroll: true }),
  };
}

function readDraft(editor: HTMLElement, compose: HTMLElement, site: SiteOrigin): DraftSnapshot {
  const thread = threadOf(editor);
  const map = mapText(editor, { skip: (element) => thread.has(element) || element.matches(NOT_THE_MESSAGE) });
  const recipients = recipientsOf(compose);
  return {
    draft: {
      text: map.text,
      site,
      kind: 'email',
      ...(recipients ? { recipients: recipients.addresses } : {}),
      isReply: thread.size > 0,
    },
    rangeFor: map.rangeFor,
    ...(recipients ? { people: recipients.names } : {}),
  };
}

/**
 * The quoted thread: its first marker and everything after it in the body (Outlook writes the quoted message as
 * siblings after `#divRplyFwdMsg`, not inside it), at every level up to the body.
 */
function threadOf(editor: HTMLElement): Set<Element> {
  const thread = new Set<Element>();
  const start = editor.querySelector(THREAD);
  for (let node: Element | null = start; node && node !== editor; node = node.parentElement) {
    // An element around the marker may hold the writer's part too: only what follows it is the thread.
    let next: Element | null = node === start ? node : node.nextElementSibling;
    for (; next; next = next.nextElementSibling) thread.add(next);
  }
  return thread;
}

/**
 * To + Cc: each chip's address (from its aria-label) and the name it shows. A typed address Outlook has not made a
 * chip yet is plain text in the well: read it too. Null when the compose shows no To well (unknown, not none).
 */
function recipientsOf(compose: Element): { addresses: string[]; names: string[] } | null {
  const wells = WELLS.map((selector) => compose.querySelector(selector));
  if (!wells[0]) return null;
  const addresses: string[] = [];
  const names: string[] = [];
  for (const well of wells) {
    const field = well?.querySelector('[contenteditable="true"]') ?? well;
    if (!field) continue;
    for (const chip of field.querySelectorAll(CHIP)) {
      const name = chip.querySelector(CHIP_NAME)?.textContent?.trim() ?? '';
      addresses.push(chip.getAttribute('aria-label')?.match(ADDRESS)?.[0] ?? name);
      if (name && !ADDRESS.test(name)) names.push(name);
    }
    for (const node of field.childNodes) {
      if (node.nodeType === 1 && (node as Element).matches(CHIP)) continue;
      addresses.push(...(node.textContent?.match(new RegExp(ADDRESS, 'g')) ?? []));
    }
  }
  const distinct = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];
  return { addresses: distinct(addresses), names: distinct(names) };
}
