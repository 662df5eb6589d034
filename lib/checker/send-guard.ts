/**
 * Only a person's own click or key press counts as a send (issue 15: a page looping `button.click()` made 438
 * history entries in 15 s). Our capture listeners on the window are added before any adapter's, so during a
 * dispatch the event the adapter reports a send from is the last one seen here.
 */
export function watchUserEvents(view: Window | null, signal: AbortSignal): { trusted(): boolean } {
  let last: Event | undefined;
  const see = (event: Event) => {
    last = event;
  };
  for (const type of ['click', 'keydown'] as const)
    view?.addEventListener(type, see, { capture: true, signal });
  return { trusted: () => last?.isTrusted === true };
}

/** At most `limit` calls per rolling minute: a bound on what can be recorded, whatever the page does. */
export function perMinute(limit: number, now: () => number = Date.now): () => boolean {
  const times: number[] = [];
  return () => {
    const at = now();
    while (times.length && at - times[0]! >= 60_000) times.shift();
    if (times.length >= limit) return false;
    times.push(at);
    return true;
  };
}
