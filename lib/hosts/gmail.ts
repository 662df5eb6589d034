import { normalizeText, readBlocks, type TitledBlocks } from '../dom/blocks';
import { mapText } from '../dom/text-map';
import {
  distinctTexts,
  isOptedOut,
  nearestHolding,
  type SendGestures,
  watchBoxes,
  watchSendGestures,
} from './common';
import type { ComposeBox, DraftSnapshot, SiteAdapter } from './types';

// Every selector is pinned by tests/fixtures/gmail/*.html and lib/hosts/gmail.test.ts, and follows
// ../shared/hosts/gmail-evidence.md. Stable attributes first (g_editable, name, role, data-*); Gmail's obfuscated
// classes only as a fallback, and never an aria-label: labels are translated (traps.md 4), and the compose dialog
// has none at all (traps.md 5). The body's spellcheck="false" is Gmail's own default, not a request to stay out.
const BODY = 'div[contenteditable="true"][g_editable="true"], div.Am.Al.editable[contenteditable="true"]';
/** Compose containers: dialogs (`.aaZ > .M9`), inline replies (`.ip.adB > div > .M9`) and pop-outs all use div.M9. */
const COMPOSE = '.M9, [role="dialog"]';
const COMPOSE_PART = 'input[name="subjectbox"], input[name="composeid"]';
/**
 * The Send button; `.hG` is the "More send options" arrow beside it, which shares T-I-atl and does not send, and
 * schedule-send opens a menu (InboxSDK's getSendButton excludes aria-haspopup too).
 */
const SEND = '[role="button"].T-I-atl:not(.hG):not([aria-haspopup="true"])';
/** Ctrl/Cmd+Enter anywhere in the compose, and Enter or Space on the Send button (a keyboard "click"). */
const SEND_GESTURES: SendGestures = {
  button: SEND,
  isSendKey: (event, target) => {
    if (event.key !== 'Enter' && event.key !== ' ') return false;
    const shortcut = event.key === 'Enter' && (event.ctrlKey || event.metaKey);
    return shortcut || (!!target.closest(SEND) && !event.ctrlKey && !event.metaKey);
  },
};
const INLINE_VIEW = '.AO';
/** A recipient chip; the address is in data-hovercard-id, on the chip itself or on a div inside it (gmail.js). */
const CHIP = '[role="option"][data-name], [role="option"][data-hovercard-id]';
const ADDRESS = '[data-hovercard-id]';
const RECIPIENT_FIELDS = ['to', 'cc'];
/** The To field: the `div.anm[name=to]` wrapper today (traps.md 6), the textarea in the older layout. */
const TO_FIELD = '[name="to"]:not([type="hidden"])';
/**
 * Quoted history, the signature and its "-- " line, and the "show trimmed content" toggle. The outer
 * `.gmail_quote_container` is not itself the quote: in a forward it holds the writer's own note too (traps.md 9),
 * so only the quote inside it (and its "On … wrote:" line) is left out.
 */
const QUOTE_OR_SIGNATURE =
  '.gmail_quote:not(.gmail_quote_container), .gmail_attr, .gmail_signature, [data-smartmail="gmail_signature"], .gmail_signature_prefix, .ajR';
/** In a draft any blockquote is quoted history: the writer's own words never sit in one. */
const NOT_THE_MESSAGE = `${QUOTE_OR_SIGNATURE}, blockquote`;

// The open thread, as the "Review this page" reader sees it (tests/fixtures/article/gmail-thread.html).
/** One message body of the open thread. */
const MESSAGE_BODY = '.a3s';
/** A message of the thread, holding one sender and one body. */
const MESSAGE = '.adn, .gs';
/** The sender of each message, its display name in `name`. */
const SENDER = '.gD[name]';
const SUBJECT = 'h2.hP';
/** A received message keeps a sender's own blockquotes; `.adL > .im` is the trimmed history under it. */
const NOT_OWN_WORDS = `${QUOTE_OR_SIGNATURE}, .adL > .im`;

export const gmailAdapter: SiteAdapter = {
  site: 'gmail',
  watch(doc, onBox, signal) {
    watchBoxes(doc, BODY, composeBoxFor, onBox, signal);
  },
};

function composeBoxFor(editor: HTMLElement): ComposeBox | null {
  if (editor.parentElement?.closest('[contenteditable="true"]')) return null;
  const anchor = (editor.closest(COMPOSE) ?? nearestHolding(editor, COMPOSE_PART, 8)) as HTMLElement | null;
  if (!anchor) return null;
  return {
    editor,
    anchor,
    protect: NOT_THE_MESSAGE,
    recipientField: () => anchor.querySelector<HTMLElement>(TO_FIELD),
    readDraft: () => readDraft(editor, anchor),
    onSend: (callback, signal) => watchSendGestures(anchor, SEND_GESTURES, callback, signal),
    optedOut: () => isOptedOut(editor),
    focus: () => editor.focus({ preventScroll: true }),
  };
}

function readDraft(editor: HTMLElement, compose: HTMLElement): DraftSnapshot {
  const map = mapText(editor, { skip: (element) => element.matches(NOT_THE_MESSAGE) });
  const subject = field(compose, 'subjectbox') ?? field(compose, 'subject');
  const recipients = recipientsOf(compose);
  return {
    draft: {
      text: map.text,
      site: 'gmail',
      kind: 'email',
      recipients: recipients.addresses,
      isReply: isReply(compose),
      ...(subject ? { subject } : {}),
    },
    rangeFor: map.rangeFor,
    people: recipients.names,
  };
}

function field(compose: Element, name: string): string | undefined {
  const value = compose.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.value.trim();
  return value || undefined;
}

/**
 * To + Cc, read in one pass: the addresses (chips in the current layout, hidden inputs under `.vR` chips in the
 * older one) and the names the chips show (data-name; Gmail puts the address there when it knows no name).
 */
function recipientsOf(compose: Element): { addresses: string[]; names: string[] } {
  const addresses: string[] = [];
  const names: string[] = [];
  for (const name of RECIPIENT_FIELDS) {
    const field = compose.querySelector(`[name="${name}"]:not(input):not(textarea)`);
    for (const chip of field?.querySelectorAll(CHIP) ?? []) {
      const address = chip.matches(ADDRESS) ? chip : chip.querySelector(ADDRESS);
      addresses.push(address?.getAttribute('data-hovercard-id') ?? '');
      names.push(chip.getAttribute('data-name') ?? '');
    }
    for (const input of compose.querySelectorAll<HTMLInputElement>(
      `.vR input[type="hidden"][name="${name}"]`,
    )) {
      addresses.push(addressIn(input.value));
    }
  }
  return { addresses: distinctTexts(addresses), names: distinctTexts(names) };
}

/** "Priya Raman <priya@acme.example>" → "priya@acme.example"; a bare address stays as it is. */
function addressIn(value: string): string {
  return value.match(/<([^>]+)>\s*$/)?.[1] ?? value;
}

/** Gmail fills `rm` (the message replied to) for replies; new messages carry "undefined" or nothing. */
function isReply(compose: Element): boolean {
  const repliedTo = field(compose, 'rm');
  if (repliedTo && repliedTo !== 'undefined') return true;
  return !!compose.closest(INLINE_VIEW) && compose.matches('.M9');
}

/** The open thread: each message's own words under a heading naming its sender; null when no thread is open. */
export function readGmailThread(doc: Document): TitledBlocks | null {
  const bodies = [...doc.querySelectorAll(MESSAGE_BODY)].filter(
    (body) => !body.parentElement?.closest(MESSAGE_BODY),
  );
  if (bodies.length === 0) return null;
  const blocks: TitledBlocks['blocks'] = [];
  for (const [index, body] of bodies.entries()) {
    const sender = body.closest(MESSAGE)?.querySelector(SENDER)?.getAttribute('name');
    blocks.push({ kind: 'heading', text: `Message ${index + 1}${sender ? ` from ${sender}` : ''}` });
    blocks.push(...readBlocks(body, NOT_OWN_WORDS));
  }
  const subject = normalizeText(doc.querySelector(SUBJECT)?.textContent ?? '');
  return { title: subject || doc.title, blocks };
}
