import type { Page } from 'playwright-core';
import type { Session } from './harness';

/** The little of the extension API the tests call inside extension pages (the project has no @types/chrome). */
declare const chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };

/**
 * Opens the popup for the tab showing `hostPage`, as clicking the toolbar button over it would. A test cannot
 * click the browser's toolbar, so the popup is opened as a page told which tab it is about (`?tab=`).
 */
export async function openPopupFor(session: Session, hostPage: Page): Promise<Page> {
  const popup = await session.extensionPage('popup.html');
  const url = hostPage.url();
  const tabId = await popup.evaluate(async (want) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === want)?.id;
  }, url);
  if (tabId === undefined) throw new Error(`No tab shows ${url}`);
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}
