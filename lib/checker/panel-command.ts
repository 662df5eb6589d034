import { browser } from 'wxt/browser';
import { sendToTab } from '../messaging';

/** The keyboard command (see the manifest's `commands`) opens the panel of the compose box that has focus. */
export function startPanelCommand(): void {
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'open-panel' || tab?.id === undefined) return;
    await sendToTab(tab.id, 'openPanel', {}).catch(() => undefined);
  });
}
