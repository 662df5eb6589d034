import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_URLS } from '../fixtures/routes';
import { BROWSER_LABEL, type BrowserUnderTest, launchBrowser } from './driver';
import { openPanel, totalMarks, waitForBadge } from './driver/seen';
import { REPEATS } from './harness';
import { scrollSuite } from './inline-scroll';
import { basicSuggestionSuite, type HostUnderTest, STACKED_QUESTIONS, VAGUE_GROUP_ASK } from './inline-suite';

// The empty paragraph at the end of the page, where a writer adds text.
const LAST_BLOCK = '.notion-page-content > [data-block-id]:last-child [data-content-editable-leaf="true"]';
const BLOCKS = '.notion-page-content > [data-block-id]';

const notion: HostUnderTest = {
  name: 'Notion',
  url: HOST_URLS.notionPage,
  editor: LAST_BLOCK,
  frame: '.notion-page-content > [data-block-id]:last-child',
  tabLeavesText: false,
  untouchedBadges: 1,
  newline: 'Enter',
  // Notion's own page model (the fixture keeps it like Notion does, from input events).
  hostDraft: (tab) => tab.evaluate(() => (window as unknown as { __notionDraft: string }).__notionDraft),
  // Each line of the list is a block, made by Notion's own Enter; the browser's undo takes back the typing, one
  // line a step (4), but not the blocks the page made, which stay behind empty.
  listUndo: () => ({ presses: 4, draft: `${STACKED_QUESTIONS}\n\n\n` }),
  // The people the page mentions, in the page's order (its page link and its date are mentions too, and no one).
  owners: [
    { where: 'a page', url: HOST_URLS.notionPage, editor: LAST_BLOCK, chips: ['Ask Priya', 'Ask Jordan'] },
  ],
  // The page scrolls in the frame's own scroller, under the top bar; the badge goes by the block clicked into.
  scrolls: [
    {
      where: 'the page scroller (.notion-frame > .notion-scroller)',
      url: HOST_URLS.notionPage,
      editor: LAST_BLOCK,
      scroller: '.notion-frame > .notion-scroller',
      frame: '.notion-page-content > .notion-code-block + [data-block-id]',
      panelBeside: 'words',
    },
  ],
};

describe(`Notion pages in ${BROWSER_LABEL}`, REPEATS, () => {
  let browser: BrowserUnderTest;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  basicSuggestionSuite(notion, () => browser);
  scrollSuite(notion, () => browser);

  it('reads the page as one draft and leaves its code block alone', async () => {
    const tab = await browser.openHost(HOST_URLS.notionPage);
    // The code block says "asap"; read as prose it would be a vague deadline.
    await waitForBadge(tab, /^Clearsend: looks clear/);
    const before = await tab.count(BLOCKS);
    await tab.type(LAST_BLOCK, 'Can someone own the rollout?\nPlease send the plan soon.');
    expect(await tab.count(BLOCKS)).toBe(before + 1);
    const text = (await openPanel(tab, await waitForBadge(tab, /^Clearsend: [2-9] suggestions/))).join('\n');
    expect(text).toMatch(/No owner named/);
    expect(text).toMatch(/deadline/i);
    expect(await totalMarks(tab)).toBeGreaterThanOrEqual(2);
    await tab.close();
  });

  it.each([
    ['app.notion.com (/p/<id>)', HOST_URLS.notionAppPage],
    ['app.notion.com in Korean', HOST_URLS.notionKoreanPage],
  ])('checks the page at %s', async (_where, url) => {
    const tab = await browser.openHost(url);
    await tab.type(LAST_BLOCK, VAGUE_GROUP_ASK);
    await waitForBadge(tab, /^Clearsend: [2-9] suggestions/);
    expect(await totalMarks(tab)).toBeGreaterThanOrEqual(2);
    await tab.close();
  });

  it('re-attaches after navigating to another page', async () => {
    const tab = await browser.openHost(HOST_URLS.notionPage);
    await waitForBadge(tab, /^Clearsend:/);
    await tab.click('.notion-sidebar a[href*="Team-notes"]');
    await expect.poll(() => tab.url()).toContain('Team-notes');
    await tab.type(LAST_BLOCK, 'Can someone send me the updated launch numbers ASAP?');
    await waitForBadge(tab, /^Clearsend: [2-9] suggestions/);
    await tab.close();
  });
});
