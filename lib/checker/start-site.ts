import type { Site } from '../analysis/types';
import type { SiteAdapter } from '../hosts/types';
import { handleMessages, sendMessage } from '../messaging';
import type { Settings } from '../settings/item';
import { type BoxChecker, type CheckerPorts, checkComposeBox } from './check-box';
import { followSettings } from './follow-settings';
import { claimWorld, ownLifetime, quietly } from './lifetime';
import { watchPageStatus } from './page-status';
import { perMinute, watchUserEvents } from './send-guard';

/** Sends recorded per minute from one page, all boxes together. */
export const SENDS_PER_PAGE_MINUTE = 20;

/**
 * A content script's whole life on one host: follow the settings, give each compose box the adapter finds a
 * checker, and stop everything when the extension goes away. `hint` is the content script context's signal,
 * which a page can abort (see lifetime.ts); only a confirmed end stops us.
 * Nothing here may throw into the host page: failures are swallowed and the box is simply left alone.
 */
export async function startChecker(adapter: SiteAdapter, hint: AbortSignal): Promise<void> {
  const lifetime = ownLifetime(hint);
  const { signal, check } = lifetime;
  if (signal.aborted) return;
  claimWorld(adapter.site, lifetime);
  const checkers = new Map<HTMLElement, BoxChecker>();
  let wokenAt = 0;
  // The settings come from the background, a round trip away; the boxes are found and the popup answered at
  // once, and until the settings arrive each box shows nothing, as if paused.
  let settings: Settings | null = null;
  const refreshAll = (next: Settings) => {
    settings = next;
    for (const checker of checkers.values()) checker.refresh();
  };
  followSettings(refreshAll, signal).then(refreshAll, () => check());

  // Before adapter.watch: our window listeners must come ahead of the adapters' send listeners.
  const userEvents = watchUserEvents(document.defaultView, signal);
  const pageBound = perMinute(SENDS_PER_PAGE_MINUTE);
  const setRuleOff = (ruleId: string, off: boolean) =>
    void sendMessage('setRuleOff', { ruleId, off }).catch(() => undefined);
  const ports: CheckerPorts = {
    analyze: (draft) =>
      sendMessage('analyze', { draft }).catch((error: unknown) => {
        check(); // a reload with the draft open: the old script stops instead of showing an error
        throw error;
      }),
    recordSend: (draft, key, fixes) => {
      if (pageBound()) void sendMessage('recordSend', { draft, key, fixes }).catch(() => undefined);
    },
    userSent: userEvents.trusted,
    wake: () => {
      // Chromium lets an idle worker sleep after ~30 s; a focus within that window finds it awake anyway.
      if (Date.now() - wokenAt < 20_000) return;
      wokenAt = Date.now();
      void sendMessage('wake', {}).catch(() => undefined);
    },
    disableRule: (ruleId) => setRuleOff(ruleId, true),
    enableRule: (ruleId) => setRuleOff(ruleId, false),
    view: () => (settings ? viewFor(settings, adapter.site) : NOT_YET),
  };

  // Every box the adapter reports, opted out or not: an opted-out editor was found, so nothing is "missing".
  const found = new Set<HTMLElement>();
  adapter.watch(
    document,
    (box, boxSignal) => {
      found.add(box.editor);
      boxSignal.addEventListener('abort', () => found.delete(box.editor), { once: true });
      if (box.optedOut()) return;
      checkers.set(box.editor, checkComposeBox(box, ports, boxSignal));
      boxSignal.addEventListener('abort', () => checkers.delete(box.editor), { once: true });
    },
    signal,
  );
  const status = watchPageStatus(document, () => ({ checked: checkers.size, found: found.size }), signal);

  const stop = handleMessages({
    openPanel: () => {
      const focused = [...checkers.entries()].find(([editor]) => editor.contains(document.activeElement));
      focused?.[1].openPanel();
      return { opened: !!focused };
    },
    tabStatus: () => status(),
  });
  signal.addEventListener('abort', () => quietly(stop), { once: true });
}

/** Before the settings arrive: draw nothing, as when paused. */
const NOT_YET = { paused: true, panelOnly: false };

function viewFor(settings: Settings, site: Site) {
  return { paused: settings.paused || settings.pausedSites.includes(site), panelOnly: settings.panelOnly };
}
