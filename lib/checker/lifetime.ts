import { browser } from 'wxt/browser';
import { LIFETIME_PORT } from '../messaging';

// One checker per site per script world. Chromium runs a reloaded extension's scripts in the same isolated
// world as its orphaned ones, and the orphan learns it is orphaned only later, so the world itself is where the
// copies meet: reinject.ts marks its injection as a handover, and that copy stops the one before it at once
// (no second badge, not even for a moment). Any other copy that finds a live one leaves it alone: after an
// install the browser's own copy and ours can both run in a tab that was still loading.
const RUNNING = Symbol.for('clearsend:checker');
const HANDOVER = Symbol.for('clearsend:handover');
type World = typeof globalThis & {
  [RUNNING]?: Record<string, { live(): boolean; stop(): void }>;
  [HANDOVER]?: boolean;
};

/**
 * Run by reinject.ts in the tab's script world just before the new content scripts. The browser runs it from
 * its source text, so it must name nothing outside itself.
 */
export function markHandover(): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for('clearsend:handover')] = true;
}

/** Claims `site` in this script world for a copy that `stop` ends; false when a live copy keeps it. */
export function claimWorld(site: string, copy: { live(): boolean; stop(): void }): boolean {
  const world = globalThis as World;
  const handover = world[HANDOVER] === true;
  delete world[HANDOVER];
  const running = world[RUNNING] ?? {};
  world[RUNNING] = running;
  const before = running[site];
  if (before?.live() && !handover) return false;
  before?.stop();
  running[site] = copy;
  return true;
}

export interface Lifetime {
  /** Aborts only when this content script's extension is really gone (reloaded, updated, removed). */
  signal: AbortSignal;
  /** Something hinted we may be orphaned (a failed message): look, and stop if so. */
  check(): void;
  /** A newer copy took over (see `claimWorld`). */
  stop(): void;
}

/** Orphaned: the extension this script belongs to was reloaded or removed; its runtime has no id any more. */
export function isOrphaned(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

/**
 * A content script's own lifetime. WXT's context aborts when any frame posts a window message saying "a newer
 * content script started" (issue 15: the page can post it too), so that abort is only a hint here: we stop
 * when the runtime confirms it, through channels the page cannot reach — the runtime's id, and the disconnect
 * of a port held open to the background. A newer copy injected after an update (see `reinject.ts`) starts in
 * the new extension's world; this one then sees its runtime gone and removes everything it drew.
 */
export function ownLifetime(hint: AbortSignal): Lifetime {
  const controller = new AbortController();
  const check = () => {
    if (!controller.signal.aborted && isOrphaned()) controller.abort();
  };
  hint.addEventListener('abort', check, { once: true });
  try {
    const port = browser.runtime.connect({ name: LIFETIME_PORT });
    // A sleeping service worker also drops the port; the runtime id tells that apart from a reload.
    port.onDisconnect.addListener(check);
    controller.signal.addEventListener('abort', () => quietly(() => port.disconnect()), { once: true });
  } catch {
    check();
  }
  check();
  return { signal: controller.signal, check, stop: () => controller.abort() };
}

/** After the extension is gone its APIs throw; nothing of that may reach the host page's console. */
export function quietly(run: () => void): void {
  try {
    run();
  } catch {
    // The runtime is gone: there is nothing left to undo.
  }
}
