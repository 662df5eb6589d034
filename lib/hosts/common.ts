// Site-independent helpers for the adapters. Nothing here knows a host's markup.
import { observe } from '../dom/observe';
import type { ComposeBox, SiteAdapter } from './types';

/**
 * Our own switch for site authors: `data-clearsend="off"` on an editor or anything around it. It is the only
 * attribute-level opt-out. Other products' attributes (`data-gramm`, `data-gramm_editor`,
 * `data-enable-grammarly`) are editors' defaults aimed at tools that rewrite the DOM, which Clearsend never does:
 * Quill sets data-gramm="false" on every editor root it creates, so honouring it would switch Clearsend off on
 * every Slack composer (../shared/hosts/traps.md, trap 1).
 */
const OUR_OPT_OUT = '[data-clearsend="off"]';
/** Fields whose content is a secret: a password, a card number or code, a one-time code. */
const SECRET_FIELD = 'input[type="password"], [autocomplete^="cc-"], [autocomplete="one-time-code"]';

/** The page asked Clearsend to stay away from this editor, or the editor holds a secret. */
export function isOptedOut(editor: Element): boolean {
  return !!editor.closest(OUR_OPT_OUT) || editor.matches(SECRET_FIELD);
}

/** The nearest ancestor (or the element itself) that contains a match for `selector`, at most `levels` up. */
export function nearestHolding(element: Element, selector: string, levels: number): Element | null {
  let node: Element | null = element;
  for (let i = 0; node && i <= levels; i++, node = node.parentElement) {
    if (node.querySelector(selector)) return node;
  }
  return null;
}

/**
 * Listens on the window in the capture phase: the earliest point an event can be seen, before any listener the
 * host has on the document or the element, so a send is reported while the draft is still in the box.
 */
export function listenFirst<K extends keyof WindowEventMap>(
  view: Window | null,
  type: K,
  handler: (event: WindowEventMap[K]) => void,
  signal: AbortSignal,
): void {
  view?.addEventListener(type, handler, { capture: true, signal });
}

/** The element an event started from, for text-node targets too. */
export function eventElement(event: Event): Element | null {
  const target = event.target as Node | null;
  if (!target) return null;
  return target.nodeType === 1 ? (target as Element) : target.parentElement;
}

/**
 * At most this many people for the owner fix to choose from, as a site's page shows them: what the adapters read and
 * what the no-owner card offers (`ownerChoices`), so the card never drops a person the page gave.
 */
export const MOST_PEOPLE = 5;

/** Texts read off a page (names, addresses), white space tidied: each once, in the order given, the empty ones left out. */
export function distinctTexts(shown: Iterable<string>, most = Number.POSITIVE_INFINITY): string[] {
  const names = new Set<string>();
  for (const name of shown) {
    const tidy = name.replace(/\s+/g, ' ').trim();
    if (tidy) names.add(tidy);
    if (names.size >= most) break;
  }
  return [...names];
}

/** Runs `read`, and gives `fallback` instead of throwing into the host page when its markup surprised us. */
export function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/**
 * `SiteAdapter.watch` for boxes found by one selector: each match now and as it appears (or turns editable) is made a
 * box by `boxFor` (null: not a message box) and reported with a signal that ends when it leaves. A surprise in the
 * host's markup skips that element instead of throwing into the page.
 */
export function watchBoxes(
  doc: Document,
  selector: string,
  boxFor: (element: HTMLElement, signal: AbortSignal) => ComposeBox | null,
  onBox: Parameters<SiteAdapter['watch']>[1],
  signal: AbortSignal,
): void {
  observe(
    selector,
    (element, boxSignal) => {
      const box = safely(() => boxFor(element as HTMLElement, boxSignal), null);
      if (box) onBox(box, boxSignal);
    },
    { signal, root: doc, attributes: ['contenteditable'] },
  );
}

/** The adapter of a site whose compose boxes are the matches of one selector, each built by `boxFor`. */
export function adapterFor(
  site: SiteAdapter['site'],
  selector: string,
  boxFor: (element: HTMLElement, signal: AbortSignal) => ComposeBox | null,
): SiteAdapter {
  return { site, watch: (doc, onBox, signal) => watchBoxes(doc, selector, boxFor, onBox, signal) };
}

/** How a host sends from a compose area: its send button, and the keys that send. */
export interface SendGestures {
  /** The host's send button (inside the area). */
  button: string;
  /** A send button matching this cannot send now: a click on it is no send. */
  disabled?: string;
  /** Whether this key, pressed on `target` inside the area, sends (each host checks `isComposing` as it needs). */
  isSendKey(event: KeyboardEvent, target: Element): boolean;
}

/**
 * Calls `callback` on each send from `area`: a click on its send button or a sending key, both heard on the window
 * in the capture phase, before the host empties the box.
 */
export function watchSendGestures(
  area: HTMLElement,
  gestures: SendGestures,
  callback: () => void,
  signal: AbortSignal,
): void {
  const view = area.ownerDocument.defaultView;
  const inArea = (event: Event) => {
    const element = eventElement(event);
    return element && area.contains(element) ? element : null;
  };
  listenFirst(
    view,
    'click',
    (event) => {
      const button = inArea(event)?.closest(gestures.button);
      if (button && area.contains(button) && !(gestures.disabled && button.matches(gestures.disabled)))
        callback();
    },
    signal,
  );
  listenFirst(
    view,
    'keydown',
    (event) => {
      const element = inArea(event);
      if (element && gestures.isSendKey(event, element)) callback();
    },
    signal,
  );
}
