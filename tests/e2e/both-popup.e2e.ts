import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_URLS } from '../fixtures/routes';
import { BROWSER_LABEL, type BrowserUnderTest, launchBrowser } from './driver';
import { waitForBadge } from './driver/seen';
import type { ExtensionTab } from './driver/types';
import { REPEATS } from './harness';

// The popup as the user sees it over a host tab, in both browsers: its status line, and a send in its history.
const STATUS = '.site-status .status';
const PANE_EDITOR = '[data-qa="message_input"][data-view-context="message-pane"] .ql-editor';
// History keys a send by its content, so each run of the repeated test sends words of its own.
let runs = 0;
const clearAsk = () => `Priya, can you send me the launch numbers by ${4 + runs++} December 2026?`;

/** "3 messages checked this week" → 3; a new user's empty state → 0. Reopens nothing: reads the popup as it is. */
async function checkedThisWeek(popup: ExtensionTab): Promise<number> {
  const text = await popup.text('.checked, .empty-state');
  const count = text.match(/^(\d+) messages? checked this week$/)?.[1];
  return count ? Number(count) : 0;
}

describe(`the popup in ${BROWSER_LABEL}`, REPEATS, () => {
  let browser: BrowserUnderTest;
  // Each run starts from an empty history: a repeated run must not see the send of the one before.
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  const statusOver = async (
    url: string,
    before?: (tab: Awaited<ReturnType<BrowserUnderTest['openHost']>>) => Promise<void>,
  ) => {
    const tab = await browser.openHost(url);
    await before?.(tab);
    const popup = await browser.openPopupFor(tab);
    return { tab, popup };
  };

  it('counts the compose boxes it checks on the tab', async () => {
    // The dialog restored at load and the inline reply: both are checked, though neither shows a badge while empty.
    const { tab, popup } = await statusOver(HOST_URLS.gmailInbox);
    await expect.poll(() => popup.text(STATUS), { timeout: 10_000 }).toContain('Checking 2 compose boxes');
    await popup.close();
    await tab.close();
  });

  it('says when no compose box is open, and when Clearsend is paused there', async () => {
    const { tab, popup } = await statusOver(HOST_URLS.slackReadOnly);
    await expect.poll(() => popup.text(STATUS)).toContain('No compose box open');
    await popup.setChecked('Pause on Slack', true);
    await expect.poll(() => popup.text(STATUS)).toContain('Paused on Slack');
    await popup.setChecked('Pause on Slack', false);
    await popup.close();
    await tab.close();
  });

  it("says it can't find the compose box when the writer is in a text field Gmail's adapter does not know", async () => {
    const { tab, popup } = await statusOver(HOST_URLS.gmailInbox, async (gmail) => {
      // Gmail changes its markup: the composes are gone, an editor with none of the known attributes is there.
      await gmail.evaluate(() => {
        for (const compose of document.querySelectorAll('.M9')) compose.remove();
        const editor = document.createElement('div');
        editor.contentEditable = 'true';
        editor.id = 'new-gmail-editor';
        editor.style.minHeight = '40px';
        document.querySelector('.AO')?.append(editor);
      });
      await gmail.type('#new-gmail-editor', 'Hello');
    });
    await expect
      .poll(() => popup.text(STATUS))
      .toContain("Clearsend can't find Gmail's compose box on this page — Gmail may have changed");
    await popup.close();
    await tab.close();
  });

  it('records a send from Slack in the history the popup shows', async () => {
    const tab = await browser.openHost(HOST_URLS.slackDm);
    // The test runs twice in one profile: count what is there first.
    const first = await browser.openPopupFor(tab);
    const before = await checkedThisWeek(first);
    await first.close();
    await tab.type(PANE_EDITOR, clearAsk());
    await waitForBadge(tab, /^Clearsend: looks clear/);
    await tab.press('Enter');
    await expect
      .poll(() => tab.evaluate(() => document.querySelectorAll('[data-qa=message_sender_name]').length))
      .toBe(2);
    const popup = await browser.openPopupFor(tab);
    await expect.poll(() => checkedThisWeek(popup), { timeout: 10_000 }).toBe(before + 1);
    expect(browser.offHostRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
    await popup.close();
    await tab.close();
  });
});
