import { browser } from 'wxt/browser';
import { fromThisExtension, LIFETIME_PORT } from '../messaging';
import { markHandover } from './lifetime';

/**
 * After an install or an update, the Gmail, Slack and Notion tabs already open get the new content scripts
 * at once: the browser does not re-inject declared scripts into open tabs, so without this a writer's draft
 * would go unchecked until they reload. The old copy stops by itself (lifetime.ts), so there is never a
 * second badge.
 */
export function startReinjection(): void {
  // The content scripts' lifetime ports: accepting one is all there is to do; its disconnect is the message.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LIFETIME_PORT || !fromThisExtension(port.sender ?? {})) port.disconnect();
  });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void reinjectOpenTabs().catch(() => undefined);
  });
}

export async function reinjectOpenTabs(): Promise<number> {
  let injected = 0;
  for (const script of browser.runtime.getManifest().content_scripts ?? []) {
    const files = script.js ?? [];
    if (!files.length || !script.matches?.length) continue;
    const tabs = await browser.tabs.query({ url: script.matches });
    for (const tab of tabs) {
      // A discarded tab loads the declared scripts itself when the user comes back to it.
      if (tab.id === undefined || tab.discarded) continue;
      const target = { tabId: tab.id };
      const done = await browser.scripting
        .executeScript({ target, func: markHandover, args: [] })
        .then(() => browser.scripting.executeScript({ target, files }))
        .then(() => true)
        .catch(() => false); // the tab navigated away or closed meanwhile
      if (done) injected += 1;
    }
  }
  return injected;
}
