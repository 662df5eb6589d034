import { browser } from 'wxt/browser';
import { LIFETIME_PORT } from '../messaging';

// One checker per site per script world. Chromium runs a reloaded extension's scripts in the same isolated
// world as its orphaned ones, and the orphan learns it is orphaned only later, so the world itself is where the
// copies meet: the newest copy stops the one before it at once (no second badge, not even for a moment). After an
// install the browser's own copy and ours (reinject.ts) can both run in a tab that was still loading: they are
// the same version, so the later one taking over changes nothing the user sees.
const RUNNING = Symbol.for('clearsend:checker');
type World = typeof globalThis & { [RUNNING]?: Record<string, { stop(): void }> };

/** Claims `site` in this script world for a copy that `stop` ends, stopping the copy that held it. */
export function claimWorld(site: string, copy: { stop(): void }): void {
  const world = globalThis as World;
  const running = world[RUNNING] ?? {};
  world[RUNNING] = running;
  running[site]?.stop();
  running[site] = copy;
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
