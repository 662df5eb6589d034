import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_URLS } from '../fixtures/routes';
import { BROWSER_LABEL, type BrowserUnderTest, launchBrowser } from './driver';
import { badges, openPanel, press, waitForBadge, waitForOverlay } from './driver/seen';
import { REPEATS } from './harness';
import { scrollSuite } from './inline-scroll';
import {
  basicSuggestionSuite,
  CLEAR_QUESTION,
  type HostUnderTest,
  inside,
  overlaps,
  SETTLE_MS,
  STACKED_QUESTIONS,
  VAGUE_GROUP_ASK,
} from './inline-suite';

const DIALOG_EDITOR = '[role="dialog"] [g_editable="true"]';
const REPLY_EDITOR = '.AO [g_editable="true"]';
const DIRECT_ASK = 'Can you send me the launch numbers by 4 December 2026?';

const gmail: HostUnderTest = {
  name: 'Gmail',
  url: HOST_URLS.gmailInbox,
  editor: DIALOG_EDITOR,
  frame: DIALOG_EDITOR,
  tabLeavesText: true,
  untouchedBadges: 0,
  newline: 'Enter',
  // The body as text, one line per block (what Gmail sends as its plain-text part); textContent joins the lines.
  hostDraft: (tab) =>
    tab.evaluate(
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are the point; textContent joins them.
      () => document.querySelector<HTMLElement>('[role="dialog"] [g_editable="true"]')?.innerText ?? '',
    ),
  // One insertText makes the whole list (Chromium: a <div> per line, Firefox: <br>s): one step of undo in both.
  listUndo: () => ({ presses: 1, draft: STACKED_QUESTIONS }),
  // The ask's removal, then its insertion at the top: two edits, two steps of undo in both browsers.
  askUndo: () => ({ presses: 2 }),
  // The compose goes to Sam Lee and, in Cc, Jordan Park: one button each, by first name, in the chips' order.
  owners: [
    {
      where: 'a compose to two people',
      url: HOST_URLS.gmailInbox,
      editor: DIALOG_EDITOR,
      chips: ['Ask Sam', 'Ask Jordan'],
    },
  ],
  // The popped-out compose fills its window, and a message longer than the window scrolls the page itself.
  scrolls: [
    {
      where: "a popped-out compose's window",
      url: HOST_URLS.gmailPopout,
      editor: '[g_editable="true"]',
      scroller: 'window',
      frame: '[g_editable="true"]',
      panelBeside: 'words',
      viewport: { width: 1280, height: 560 },
    },
  ],
};

describe(`Gmail compose windows in ${BROWSER_LABEL}`, REPEATS, () => {
  let browser: BrowserUnderTest;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  basicSuggestionSuite(gmail, () => browser);
  scrollSuite(gmail, () => browser);

  it("checks the compose in Gmail's Vietnamese UI: no English label is needed", async () => {
    const tab = await browser.openHost(HOST_URLS.gmailVietnamese);
    expect(await tab.attribute(DIALOG_EDITOR, 'aria-label')).toBe('Nội dung thư');
    await tab.type(DIALOG_EDITOR, VAGUE_GROUP_ASK);
    await waitForBadge(tab, /^Clearsend: [2-9] suggestions/);
    await tab.close();
  });

  it('keeps separate findings for two compose windows open at once', async () => {
    const tab = await browser.openHost(HOST_URLS.gmailInbox);
    await tab.click('[gh="cm"]');
    await expect.poll(() => tab.count(DIALOG_EDITOR)).toBe(2);
    await tab.type(DIALOG_EDITOR, VAGUE_GROUP_ASK, { nth: 0 });
    await tab.type(DIALOG_EDITOR, CLEAR_QUESTION, { nth: 1 });
    await waitForBadge(tab, /^Clearsend: [2-9] suggestions/);
    // The new window has no recipient yet: that, and only that, is its finding. It points at the To field, not
    // at the words: the card says so, nothing in that window's text is marked, and "Go to To" puts the caret there.
    const second = await waitForBadge(tab, /^Clearsend: 1 suggestion,/);
    expect(await openPanel(tab, second)).toContain('Add a recipient in To.');
    const secondBody = await tab.rect(DIALOG_EDITOR, 1);
    expect((await tab.markRects()).some((mark) => overlaps(mark, secondBody))).toBe(false);
    await press(tab, /^Go to To$/);
    await expect
      .poll(() => tab.evaluate(() => !!document.activeElement?.closest('[role="dialog"] [name="to"]')))
      .toBe(true);
    await tab.close();
  });

  it("keeps the badge at the compose box's corner as the text grows; a panel opened from a mark covers no marked word and follows a resize", async () => {
    const tab = await browser.openHost(HOST_URLS.gmailInbox);
    // Where the badge sits from the box's bottom-right corner: the same whatever the width of the text above it.
    const fromCorner = async (name: RegExp) => {
      const badge = await tab.overlayRect('button', (await waitForBadge(tab, name)).name);
      const box = await tab.rect(DIALOG_EDITOR);
      // Whole pixels: Firefox reports the same place as 6.29997 and 6.30000.
      return { right: Math.round(box.right - badge.right), bottom: Math.round(box.bottom - badge.bottom) };
    };
    await tab.type(DIALOG_EDITOR, 'Can someone send them ASAP?');
    const short = await fromCorner(/^Clearsend: 2 suggestions/);
    await tab.typeHere(` ${VAGUE_GROUP_ASK} As discussed, Finance needs them.`);
    expect(await fromCorner(/^Clearsend: [3-9] suggestions/)).toEqual(short);
    // A click on the last marked word opens the panel on its card, beside the text and off every mark.
    const last = (await tab.markRects()).at(-1)!;
    await tab.clickAt((last.left + last.right) / 2, (last.top + last.bottom) / 2);
    await waitForOverlay(tab, (nodes) => nodes.some((n) => n.role === 'dialog'), 'the panel');
    const placed = async () => {
      const panel = await tab.overlayRect('dialog', 'Clearsend suggestions');
      const { width, height } = await tab.viewport();
      return {
        inView: inside(panel, { left: 0, top: 0, right: width, bottom: height }, 0),
        onMarks: (await tab.markRects()).filter((mark) => overlaps(panel, mark)),
      };
    };
    await expect.poll(placed).toEqual({ inView: true, onMarks: [] });
    // The window made smaller: Gmail's docked compose moves with its corner, and the open panel follows it.
    const before = await tab.overlayRect('dialog', 'Clearsend suggestions');
    const { width, height } = await tab.viewport();
    await tab.resize(width - 200, height - 100);
    await expect
      .poll(async () => (await tab.overlayRect('dialog', 'Clearsend suggestions')).left)
      .not.toBe(before.left);
    await expect.poll(placed).toEqual({ inView: true, onMarks: [] });
    await tab.close();
  });

  it('reads the recipients from the chips: one fewer recipient, no owner needed', async () => {
    const tab = await browser.openHost(HOST_URLS.gmailInbox);
    await tab.type(DIALOG_EDITOR, DIRECT_ASK);
    const text = (await openPanel(tab, await waitForBadge(tab, /^Clearsend: 1 suggestion,/))).join('\n');
    expect(text).toMatch(/No owner named/);
    await tab.press('Escape');
    // As a user removes a chip: Backspace in the empty Cc field.
    await tab.click('[role="dialog"] [name="cc"] input');
    await tab.press('Backspace');
    await expect.poll(() => tab.count('[role="dialog"] [name="cc"] [role="option"]')).toBe(0);
    await waitForBadge(tab, /^Clearsend: looks clear/);
    await tab.close();
  });

  it('ignores the quoted history and the signature of a reply', async () => {
    const tab = await browser.openHost(HOST_URLS.gmailInbox);
    // The quote asks for a checklist "ASAP" and leans on "the doc we discussed"; the signature asks "by Friday".
    // The docked compose covers the middle of the reply, so the writer clicks its first line.
    await tab.type(REPLY_EDITOR, 'Thanks Priya, that works for me.', { at: { x: 20, y: 10 } });
    await expect
      .poll(async () => (await badges(tab)).map((b) => b.name))
      .toContainEqual(expect.stringMatching(/^Clearsend: looks clear, score 100/));
    // The docked compose window covers the reply's right-hand corner: the reply's badge stays in the reply.
    const reply = await tab.overlayRect('button', (await waitForBadge(tab, /^Clearsend: looks clear/)).name);
    expect(inside(reply, await tab.rect(REPLY_EDITOR))).toBe(true);
    expect(overlaps(reply, await tab.rect('[role="dialog"]'))).toBe(false);
    // Unfolding the quote ("•••"), as a writer checking what they reply to does, puts it on screen, not in the draft.
    await tab.click('.AO .ajR');
    await expect.poll(() => tab.isVisible('.AO .gmail_quote_container')).toBe(true);
    await tab.wait(SETTLE_MS);
    expect((await badges(tab)).some((b) => /suggestion/.test(b.name))).toBe(false);
    await tab.close();
  });
});
