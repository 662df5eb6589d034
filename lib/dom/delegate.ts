/**
 * One listener on `root` for every current and future element matching `selector`: `handler` gets the event and
 * the matching element the event went through. Capture is available so a listener can run before the host's own
 * (e.g. to read a draft before the host clears it on send).
 */
export function delegate<K extends keyof HTMLElementEventMap>(
  root: EventTarget & ParentNode,
  type: K,
  selector: string,
  handler: (event: HTMLElementEventMap[K], element: Element) => void,
  options: { signal: AbortSignal; capture?: boolean },
): void {
  const listener = (event: Event) => {
    const start =
      event.target instanceof Element ? event.target : (event.target as Node | null)?.parentElement;
    const element = start?.closest(selector);
    if (!element || (root instanceof Node && !root.contains(element))) return;
    handler(event as HTMLElementEventMap[K], element);
  };
  root.addEventListener(type, listener, { signal: options.signal, capture: options.capture ?? false });
}
