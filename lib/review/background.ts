import { browser } from 'wxt/browser';
import type { Handlers } from '../messaging';
import { holdPendingReview } from './pending';
import type { ExtractionResult } from './types';

export const REVIEW_MENU_ID = 'clearsend-review-page';
const EXTRACT_SCRIPT = '/review-extract.js';

const CANNOT_READ =
  "Clearsend can't read this page: the browser keeps extensions out of its own pages and the web store. Open the document in a normal tab and try again.";

/** Runs the extraction in the tab the user pointed at; possible only right after their click (activeTab). */
async function extractTab(tabId: number): Promise<ExtractionResult> {
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACT_SCRIPT] });
    const result = frame?.result as ExtractionResult | undefined;
    if (result && typeof result === 'object' && 'ok' in result) return result;
  } catch {
    // chrome:// pages, the web store, PDFs in the viewer: no script may run there.
  }
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return { ok: false, url: tab?.url ?? '', message: CANNOT_READ };
}

/** Extracts the tab's document, holds it in memory and opens the review page beside the tab. */
export async function reviewTab(tabId: number): Promise<{ reviewId: string }> {
  const result = await extractTab(tabId);
  const reviewId = crypto.randomUUID();
  await holdPendingReview({ id: reviewId, tabId, result });
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  await browser.tabs.create({
    url: browser.runtime.getURL(`/review.html?id=${reviewId}`),
    ...(tab ? { index: tab.index + 1, windowId: tab.windowId, openerTabId: tabId } : {}),
  });
  return { reviewId };
}

export const reviewHandlers: Handlers = {
  reviewPage: ({ tabId }) => reviewTab(tabId),
};

/** "Review this page": the context-menu item and its clicks (the popup's message is `reviewHandlers`). */
export function startReviewMenu(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Releases before this one could "Save review" into local storage, where no page ever listed them.
    if (reason === 'update') void browser.storage.local.remove(['savedReviews', 'savedReviews$']);
    browser.contextMenus.create({
      id: REVIEW_MENU_ID,
      title: 'Review this page with Clearsend',
      contexts: ['page', 'selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== REVIEW_MENU_ID || tab?.id === undefined) return;
    // Nothing to tell the user from here if even opening the review tab failed (the window closed meanwhile).
    reviewTab(tab.id).catch(() => undefined);
  });
}
