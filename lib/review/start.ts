import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging';

/**
 * What the popup's "Review this page" button calls: reviews the tab the popup was opened over (or `tabId`,
 * which the popup takes from `?tab=` when it is opened as a page) and closes the popup.
 */
export async function startPageReview(tabId?: number): Promise<void> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  await sendMessage('reviewPage', { tabId: id });
}
