import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_URLS } from '../fixtures/routes';
import type { launchChromium } from './driver/chromium';
import { openPanel, press, totalMarks, waitForBadge, waitForNoBadge } from './driver/seen';
import type { BrowserUnderTest, HostTab } from './driver/types';
import { launchWithPagesOn } from './editor-suite';
import { REPEATS } from './harness';
import { exportHistory } from './history-entries';
import {
  basicSuggestionSuite,
  CLEAR_QUESTION,
  inside,
  type SharedCheck,
  VAGUE_GROUP_ASK,
} from './inline-suite';
import { openReport } from './surfaces';

// The sites Clearsend has notes for (lib/hosts/known-sites.ts), each on its fixture page (tests/fixtures/sites/,
// README § sites), turned on in the popup as a user would. One browser for both sites.

/**
 * The shared check whose code path is the site's own (reading the box, mapping ranges back, the fix through the
 * host's editing). Marks, their count and the badge inside the box are asserted in each site's own tests below, on
 * the drafts those type anyway; the rest of the suite is the overlay's own, the same on every site (suite time).
 */
const SHARED: SharedCheck[] = ['date-fix'];

/** The badge sits inside the box it speaks for. */
async function expectBadgeIn(tab: HostTab, badge: { name: string }, box: string) {
  expect(inside(await tab.overlayRect('button', badge.name), await tab.rect(box))).toBe(true);
}

const OUTLOOK_BODY = '[id^="editorParent_"] > [contenteditable]';
const OUTLOOK = 'https://outlook.office.com';
const TEAMS_BOX = '[data-tid="ckeditor"]';
/** The channel's new-post box, the last box on the page (the reply box under the post comes first). */
const TEAMS_NEW_POST = 'main > .compose [data-tid="ckeditor"]';
const TEAMS = 'https://teams.microsoft.com';
const PAGES = [HOST_URLS.outlookReply, HOST_URLS.teamsChat];

type ChromiumUnderTest = Awaited<ReturnType<typeof launchChromium>>;

const text = (tab: HostTab, selector: string) =>
  tab.evaluate(
    new Function(
      `return document.querySelector(${JSON.stringify(selector)})?.innerText ?? '';`,
    ) as () => string,
  );
const html = (tab: HostTab, selector: string) =>
  tab.evaluate(
    new Function(`return document.querySelector(${JSON.stringify(selector)}).outerHTML;`) as () => string,
  );
const sent = (tab: HostTab) => tab.evaluate(() => (window as unknown as { __sent: string[] }).__sent);

describe('Sites with notes, turned on in the popup (Chromium)', REPEATS, () => {
  let browser: ChromiumUnderTest;
  beforeAll(async () => {
    browser = await launchWithPagesOn(PAGES);
  }, 120_000);
  afterAll(() => browser?.close());

  describe('Outlook on the web', () => {
    basicSuggestionSuite(
      {
        name: 'Outlook',
        url: HOST_URLS.outlookNew,
        editor: OUTLOOK_BODY,
        frame: OUTLOOK_BODY,
        newline: 'Enter',
        untouchedBadges: 0,
        tabLeavesText: false,
        hostDraft: (tab) => text(tab, OUTLOOK_BODY),
      },
      () => browser as BrowserUnderTest,
      SHARED,
    );

    it("Outlook: the To chips are read — Ask Jordan addresses the ask to a To name and 'No owner named' goes away", async () => {
      const tab = await browser.openHost(HOST_URLS.outlookNew);
      await tab.type(OUTLOOK_BODY, VAGUE_GROUP_ASK);
      expect(
        (await openPanel(tab, await waitForBadge(tab, /^Clearsend: [2-9] suggestions/))).join('\n'),
      ).toMatch(/No owner named/);
      expect(await press(tab, /^Ask Jordan$/)).toBe('Ask Jordan');
      await expect
        .poll(() => text(tab, OUTLOOK_BODY))
        .toContain('Jordan, can you send me the updated launch numbers');
      await expect.poll(async () => (await tab.panelText()).join('\n')).not.toMatch(/No owner named/);
      await tab.close();
    });

    it('Outlook: with nobody in To or Cc the message is flagged as having no recipient', async () => {
      const tab = await browser.openHost(HOST_URLS.outlookNoRecipient);
      await tab.type(OUTLOOK_BODY, CLEAR_QUESTION);
      const panel = (await openPanel(tab, await waitForBadge(tab, /^Clearsend: 1 suggestion,/))).join('\n');
      expect(panel).toMatch(/no recipient/i);
      await tab.close();
    });

    it("Outlook: a reply's quoted thread is not checked; Ctrl+Enter is recorded under Outlook; no request, the page's DOM untouched", async () => {
      const tab = await browser.openHost(HOST_URLS.outlookReply);
      // The thread below asks "someone" for the deck "ASAP": read, it would be marked.
      await tab.type(OUTLOOK_BODY, CLEAR_QUESTION);
      await waitForBadge(tab, /^Clearsend: looks clear/);
      expect(await totalMarks(tab)).toBe(0);
      const typed = await html(tab, OUTLOOK_BODY);
      await openPanel(tab, await waitForBadge(tab, /^Clearsend: looks clear/));
      expect(await html(tab, OUTLOOK_BODY)).toBe(typed);
      await tab.focus(OUTLOOK_BODY);
      await tab.press('Control+Enter');
      await expect.poll(() => sent(tab)).toEqual([CLEAR_QUESTION]);
      await waitForNoBadge(tab);
      await expectRecordedAs(OUTLOOK, 'Outlook');
      expect(browser.offHostRequests).toEqual([]);
      expect(browser.pageErrors).toEqual([]);
      await tab.close();
    });
  });

  describe('Microsoft Teams', () => {
    basicSuggestionSuite(
      {
        name: 'Teams',
        url: HOST_URLS.teamsChat,
        editor: TEAMS_BOX,
        frame: TEAMS_BOX,
        newline: 'Shift+Enter',
        untouchedBadges: 0,
        tabLeavesText: false,
        hostDraft: (tab) => text(tab, TEAMS_BOX),
      },
      () => browser as BrowserUnderTest,
      SHARED,
    );

    it("Teams: a channel's new post is read as one the team reads; Enter is recorded under Teams; no request, the page's DOM untouched", async () => {
      const tab = await browser.openHost(HOST_URLS.teamsChannel);
      await tab.type(TEAMS_NEW_POST, VAGUE_GROUP_ASK, { newline: 'Shift+Enter' });
      const badge = await waitForBadge(tab, /^Clearsend: [2-9] suggestions/);
      expect(await totalMarks(tab)).toBeGreaterThanOrEqual(2);
      await expectBadgeIn(tab, badge, TEAMS_NEW_POST);
      const typed = await html(tab, TEAMS_NEW_POST);
      expect((await openPanel(tab, badge)).join('\n')).toMatch(/No owner named/);
      expect(await html(tab, TEAMS_NEW_POST)).toBe(typed);
      await tab.focus(TEAMS_NEW_POST);
      await tab.press('Enter');
      await expect.poll(() => sent(tab)).toEqual([VAGUE_GROUP_ASK]);
      await waitForNoBadge(tab);
      await expectRecordedAs(TEAMS, 'Teams');
      expect(browser.offHostRequests).toEqual([]);
      expect(browser.pageErrors).toEqual([]);
      await tab.close();
    });
  });

  /** A send from `site` is in history, and the report's site filter names it as people do (one report page). */
  async function expectRecordedAs(site: string, name: string) {
    await expect
      .poll(async () => {
        const report = await openReport(browser.session);
        try {
          const { entries } = await exportHistory(report);
          if (!entries.some((e) => e.site === site)) return null;
          return await report.locator(`option[value="${site}"]`).textContent();
        } finally {
          await report.close();
        }
      })
      .toBe(name);
  }
});
