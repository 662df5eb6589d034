import { browser } from 'wxt/browser';
import { fromThisExtension, LIFETIME_PORT } from '../messaging';

export interface ReinjectionOptions {
  /**
   * What an update must settle before the open tabs are given the scripts: the user's sites registered again
   * with this release's scripts (lib/user-sites/reconcile.ts), so a tab is injected with the script its site now
   * registers. Its failure does not keep the tabs from theirs. Not run on an install: a new install holds no
   * grant of the user's (Chromium fires 'install' again when it loads a command-line build into a profile that
   * knows it, which is how the e2e harness grants a site, and that must not turn the site on).
   */
  beforeReinject?: () => Promise<unknown>;
}

/**
 * After an install or an update, the Gmail, Slack and Notion tabs (and the user's own sites') already open get
 * the new content scripts at once: the browser does not re-inject declared scripts into open tabs, so without
 * this a writer's draft would go unchecked until they reload. The old copy stops by itself (lifetime.ts), so
 * there is never a second badge.
 */
export function startReinjection({ beforeReinject }: ReinjectionOptions = {}): void {
  // The content scripts' lifetime ports: accepting one is all there is to do; its disconnect is the message.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LIFETIME_PORT || !fromThisExtension(port.sender ?? {})) port.disconnect();
  });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install' && reason !== 'update') return;
    // Registering scripts injects nothing into open tabs, so it need not wait for the worker to be active (and is
    // not left undone should activation be slow); injecting does wait.
    const registered = reason === 'update' ? beforeReinject?.().catch(() => undefined) : undefined;
    void Promise.resolve(registered)
      .then(activated)
      .then(reinjectOpenTabs)
      .catch(() => undefined);
  });
}

/**
 * onInstalled fires while the new service worker is still being installed. Scripts injected then connect to it
 * at once, and Chromium (here, with a draft open) then never finishes the reload: the extension stays gone.
 * Injecting once the worker is active does not race the reload.
 */
function activated(): Promise<void> {
  const worker = (globalThis as { serviceWorker?: EventTarget & { state: string } }).serviceWorker;
  if (!worker || worker.state === 'activated') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      if (worker.state !== 'activated') return;
      worker.removeEventListener('statechange', done);
      resolve();
    };
    worker.addEventListener('statechange', done);
  });
}

export async function reinjectOpenTabs(): Promise<number> {
  let injected = 0;
  // The sites the user turned on have registered scripts (lib/user-sites); they need the same.
  const registered = await browser.scripting.getRegisteredContentScripts().catch(() => []);
  for (const script of [...(browser.runtime.getManifest().content_scripts ?? []), ...registered]) {
    const files = script.js ?? [];
    if (!files.length || !script.matches?.length) continue;
    const tabs = await browser.tabs.query({ url: script.matches });
    for (const tab of tabs) {
      // A discarded tab loads the declared scripts itself when the user comes back to it.
      if (tab.id === undefined || tab.discarded) continue;
      const done = await browser.scripting
        .executeScript({ target: { tabId: tab.id }, files })
        .then(() => true)
        .catch(() => false); // the tab navigated away or closed meanwhile
      if (done) injected += 1;
    }
  }
  return injected;
}
