import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { REVIEW_MENU_ID, startReviewMenu } from './background';
import { pendingReviewsItem } from './pending';
import type { Extraction } from './types';

const extraction: Extraction = {
  ok: true,
  source: 'article',
  title: 'Week 12',
  url: 'https://docs.example.com/w12',
  extractedAt: '2031-03-08T09:00:00.000Z',
  blocks: [{ kind: 'paragraph', text: 'Priya, please send the results by March 14, 2031.' }],
};

type MenuClick = (info: { menuItemId: string | number }, tab?: { id?: number }) => void;
let clickMenu: MenuClick = () => undefined;
const createMenu = vi.fn();
const executeScript = vi.fn();

beforeEach(() => {
  fakeBrowser.reset();
  createMenu.mockReset();
  executeScript.mockReset();
  vi.spyOn(browser.contextMenus, 'create').mockImplementation(createMenu);
  vi.spyOn(browser.contextMenus.onClicked, 'addListener').mockImplementation((listener) => {
    clickMenu = listener as unknown as MenuClick;
  });
  vi.spyOn(browser.scripting, 'executeScript').mockImplementation(executeScript);
  startReviewMenu();
});

async function clickOn(url: string) {
  const tab = await browser.tabs.create({ url });
  clickMenu({ menuItemId: REVIEW_MENU_ID }, tab);
  await vi.waitFor(async () => expect(await pendingReviewsItem.getValue()).toHaveLength(1));
  return tab;
}

describe('startReviewMenu', () => {
  it('adds "Review this page with Clearsend" to the page’s context menu on install', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(createMenu).toHaveBeenCalledWith(
      expect.objectContaining({ id: REVIEW_MENU_ID, title: 'Review this page with Clearsend' }),
    );
  });

  it('reads the clicked tab, holds the text in session memory and opens the review beside it', async () => {
    executeScript.mockResolvedValue([{ frameId: 0, result: extraction }]);
    const tab = await clickOn('https://docs.example.com/w12');
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: tab.id }, files: ['/review-extract.js'] });
    const [held] = await pendingReviewsItem.getValue();
    expect(held).toMatchObject({ tabId: tab.id, result: extraction });
    const tabs = await browser.tabs.query({});
    expect(tabs.map((open) => open.url)).toContainEqual(
      expect.stringContaining(`/review.html?id=${held?.id}`),
    );
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('explains a page the browser keeps extensions out of', async () => {
    executeScript.mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    await clickOn('chrome://settings');
    const [held] = await pendingReviewsItem.getValue();
    expect(held?.result).toMatchObject({
      ok: false,
      message: expect.stringContaining("can't read this page"),
    });
  });
});
