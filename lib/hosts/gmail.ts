import { observe } from '../dom/observe';
import { mapText } from '../dom/text-map';
import { eventElement, isOptedOut, listenFirst, nearestHolding, safely } from './common';
import type { ComposeBox, DraftSnapshot, SiteAdapter } from './types';

// Every selector is pinned by tests/fixtures/gmail/*.html and lib/hosts/gmail.test.ts. Stable attributes first
// (g_editable, name, role, data-*); Gmail's obfuscated classes only as a fallback.
const BODY = 'div[contenteditable="true"][g_editable="true"], div.Am.Al.editable[contenteditable="true"]';
/** Compose containers: dialogs, inline replies and pop-outs all wrap their parts in div.M9. */
const COMPOSE = '.M9, [role="dialog"]';
const COMPOSE_PART = 'input[name="subjectbox"], input[name="composeid"]';
/** The Send button; `.hG` is the "More send options" arrow beside it, which shares T-I-atl and does not send. */
const SEND = '[role="button"].T-I-atl:not(.hG)';
const INLINE_VIEW = '.AO';
const CHIP = '[role="option"][data-hovercard-id]';
const RECIPIENT_FIELDS = ['to', 'cc'];
/** Quoted history, the signature and its "-- " line, and the "show trimmed content" toggle. */
const NOT_THE_MESSAGE =
  '.gmail_quote, blockquote, .gmail_signature, [data-smartmail="gmail_signature"], .gmail_signature_prefix, .ajR';

export const gmailAdapter: SiteAdapter = {
  site: 'gmail',
  watch(doc, onBox, signal) {
    observe(
      BODY,
      (element, boxSignal) => {
        const box = safely(() => composeBoxFor(element as HTMLElement), null);
        if (box) onBox(box, boxSignal);
      },
      { signal, root: doc, attributes: ['contenteditable'] },
    );
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
    readDraft: () => readDraft(editor, anchor),
    onSend: (callback, signal) => watchSend(anchor, callback, signal),
    optedOut: () => isOptedOut(editor),
    focus: () => editor.focus({ preventScroll: true }),
  };
}

function readDraft(editor: HTMLElement, compose: HTMLElement): DraftSnapshot {
  const map = mapText(editor, { skip: (element) => element.matches(NOT_THE_MESSAGE) });
  const subject = field(compose, 'subjectbox') ?? field(compose, 'subject');
  return {
    draft: {
      text: map.text,
      site: 'gmail',
      kind: 'email',
      recipients: recipientsOf(compose),
      isReply: isReply(compose),
      ...(subject ? { subject } : {}),
    },
    rangeFor: map.rangeFor,
  };
}

function field(compose: Element, name: string): string | undefined {
  const value = compose.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.value.trim();
  return value || undefined;
}

/** To + Cc addresses: chips in the current layout, hidden inputs under `.vR` chips in the older one. */
function recipientsOf(compose: Element): string[] {
  const addresses: string[] = [];
  for (const name of RECIPIENT_FIELDS) {
    for (const chip of compose.querySelectorAll(`[name="${name}"] ${CHIP}`)) {
      addresses.push(chip.getAttribute('data-hovercard-id') ?? '');
    }
    for (const input of compose.querySelectorAll<HTMLInputElement>(
      `.vR input[type="hidden"][name="${name}"]`,
    )) {
      addresses.push(addressIn(input.value));
    }
  }
  return [...new Set(addresses.map((address) => address.trim()).filter(Boolean))];
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

function watchSend(compose: HTMLElement, callback: () => void, signal: AbortSignal): void {
  const view = compose.ownerDocument.defaultView;
  const inCompose = (event: Event) => {
    const element = eventElement(event);
    return element && compose.contains(element) ? element : null;
  };
  listenFirst(
    view,
    'click',
    (event) => {
      if (inCompose(event)?.closest(SEND)) callback();
    },
    signal,
  );
  listenFirst(
    view,
    'keydown',
    (event) => {
      const element = inCompose(event);
      if (!element || (event.key !== 'Enter' && event.key !== ' ')) return;
      const shortcut = event.key === 'Enter' && (event.ctrlKey || event.metaKey);
      if (shortcut || (element.closest(SEND) && !event.ctrlKey && !event.metaKey)) callback();
    },
    signal,
  );
}
