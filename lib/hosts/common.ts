// Site-independent helpers for the adapters. Nothing here knows a host's markup.

const OPT_OUT = '[data-gramm="false"], [data-gramm_editor="false"], [data-enable-grammarly="false"]';

/** Opt-outs other checkers honour, on the editor or anything around it. `spellcheck=false` is not one. */
export function isOptedOut(editor: Element): boolean {
  if (editor.closest(OPT_OUT)) return true;
  if (editor.matches('input[type="password"], [autocomplete^="cc-"]')) return true;
  return false;
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

/** Runs `read`, and gives `fallback` instead of throwing into the host page when its markup surprised us. */
export function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
