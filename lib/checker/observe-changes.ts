import { isOurs } from '../overlay/mount';

/** Calls back when the host changes the compose area (a chip added, a subject typed), not when we draw in it. */
export function observeOutsideChanges(target: Node, callback: () => void, signal: AbortSignal): void {
  const theirs = (r: MutationRecord) =>
    r.type === 'characterData' || ![...r.addedNodes, ...r.removedNodes].every(isOurs);
  const observer = new MutationObserver((records) => {
    if (records.some(theirs)) callback();
  });
  // Attributes are left out on purpose: hosts restyle constantly, and nothing we read changes by attribute alone.
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
