import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_URLS } from '../fixtures/routes';
import { BROWSER_LABEL, type BrowserUnderTest, launchBrowser } from './driver';
import { openPanel, press, totalMarks, waitForBadge } from './driver/seen';
import { REPEATS } from './harness';
import { scrollSuite } from './inline-scroll';
import {
  BURIED_ASK,
  basicSuggestionSuite,
  type HostUnderTest,
  PREAMBLE,
  STACKED_QUESTIONS,
  VAGUE_GROUP_ASK,
} from './inline-suite';

// The empty paragraph at the end of the page, where a writer adds text.
const LAST_BLOCK = '.notion-page-content > [data-block-id]:last-child [data-content-editable-leaf="true"]';
const BLOCKS = '.notion-page-content > [data-block-id]';
/** The page's discussion box, between its title and its body. */
const COMMENT_BOX = '.notion-page-view-discussion [contenteditable="true"]';

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

  // A page's top is its title, so the buried-ask fix is offered in comments only: there it is checked in what
  // Notion posts. Typed with Shift+Enter between lines (Enter posts the comment); the preamble arrives as one
  // insertText, as a paste does.
  it("a comment's buried ask moves to its top: Ctrl+Z takes it back, and Notion posts the ask first", async () => {
    const tab = await browser.openHost(HOST_URLS.notionPage);
    const comment = () =>
      tab.evaluate(() => {
        const box = document.querySelector<HTMLElement>(
          '.notion-page-view-discussion [contenteditable="true"]',
        );
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are the point; textContent joins them.
        return box?.innerText ?? '';
      });
    const moved = `Hi Sam,\n${BURIED_ASK}\n${PREAMBLE}`;
    const asked = `Hi Sam,\n${PREAMBLE}\n${BURIED_ASK}`;
    await tab.type(COMMENT_BOX, 'Hi Sam,\nWe shipped', { newline: 'Shift+Enter' });
    const rest = JSON.stringify(PREAMBLE.slice('We shipped'.length));
    await tab.evaluate(new Function(`document.execCommand('insertText', false, ${rest});`) as () => void);
    await tab.press('Shift+Enter');
    await tab.typeHere(BURIED_ASK);
    const moveAsk = async () => {
      await press(tab, /^Move the ask to the top$/);
      await expect.poll(comment).toBe(moved);
    };
    await openPanel(tab, await waitForBadge(tab, /^Clearsend: \d+ suggestions?,/));
    await moveAsk();
    await tab.focus(COMMENT_BOX);
    let presses = 0;
    while (presses < 10 && (await comment()) !== asked) {
      await tab.press('Control+z');
      await tab.wait(100);
      presses++;
    }
    expect({ presses, comment: await comment() }).toEqual({ presses: 2, comment: asked });
    // The panel is still open: once the draft is checked again, the card offers the fix again.
    await moveAsk();
    await tab.focus(COMMENT_BOX);
    await tab.press('Enter');
    // Notion keeps a comment's text without its line breaks: the ask, then the background.
    await expect
      .poll(() =>
        tab.evaluate(() => document.querySelector('.notion-discussion-comment:last-child')?.textContent),
      )
      .toBe(moved.replaceAll('\n', ''));
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
