import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_URLS } from '../fixtures/routes';
import { BROWSER_LABEL, type BrowserUnderTest, launchBrowser } from './driver';
import { badges, openPanel, totalMarks, waitForBadge } from './driver/seen';
import { REPEATS } from './harness';
import { scrollSuite } from './inline-scroll';
import {
  basicSuggestionSuite,
  type HostUnderTest,
  SETTLE_MS,
  STACKED_QUESTIONS,
  VAGUE_GROUP_ASK,
} from './inline-suite';

const PANE_EDITOR = '[data-qa="message_input"][data-view-context="message-pane"] .ql-editor';
const THREAD_EDITOR = '[data-qa="threads_flexpane"] [data-qa="message_input"] .ql-editor';
const DIRECT_ASK = 'Can you send me the launch numbers by 4 December 2026?';

const slack: HostUnderTest = {
  name: 'Slack',
  url: HOST_URLS.slackChannel,
  editor: PANE_EDITOR,
  frame: PANE_EDITOR,
  tabLeavesText: true,
  untouchedBadges: 0,
  newline: 'Shift+Enter',
  // Slack's own draft model, which is what Enter would send.
  hostDraft: (tab) => tab.evaluate(() => (window as unknown as { __slackDraft: string }).__slackDraft),
  // The list is typed line by line with Slack's own paragraph between (Firefox types "\n" as a <br>, which is no
  // line to Slack's model). Chromium keeps the run of commands as one step of undo; Firefox undoes each line and
  // each break on its own: 4 lines and 3 breaks.
  listUndo: (browser) => ({ presses: browser === 'firefox' ? 7 : 1, draft: STACKED_QUESTIONS }),
  // The removal, then the ask and Slack's paragraph at the top: Chromium 2 steps, Firefox 3 (the line, the break).
  askUndo: (browser) => ({ presses: browser === 'firefox' ? 3 : 2 }),
  // Who wrote last where the writer writes, newest first: the channel's list (Alex twice, the second unnamed, then
  // Jordan, Priya, Aiko: four, each offered), or the thread's (Mei, Jordan, then Priya's parent message), which Alex
  // is not in.
  owners: [
    {
      where: 'a channel',
      url: HOST_URLS.slackChannel,
      editor: PANE_EDITOR,
      chips: ['Ask Alex', 'Ask Jordan', 'Ask Priya', 'Ask Aiko'],
    },
    {
      where: 'a thread',
      url: HOST_URLS.slackThread,
      editor: THREAD_EDITOR,
      chips: ['Ask Mei', 'Ask Jordan', 'Ask Priya'],
      hostDraft: (tab) =>
        tab.evaluate(() => (window as unknown as { __slackThreadDraft: string }).__slackThreadDraft),
    },
  ],
  // A long message: the composer stops growing and Quill's editor scrolls its own lines (overflow-y: auto).
  scrolls: [
    {
      where: 'a long message in the composer',
      url: HOST_URLS.slackChannel,
      editor: PANE_EDITOR,
      scroller: PANE_EDITOR,
      frame: PANE_EDITOR,
      panelBeside: 'scroller',
    },
  ],
};

describe(`Slack compose boxes in ${BROWSER_LABEL}`, REPEATS, () => {
  let browser: BrowserUnderTest;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  basicSuggestionSuite(slack, () => browser);
  scrollSuite(slack, () => browser);

  it('checks a Quill editor that carries data-gramm="false", as every Slack composer does', async () => {
    const tab = await browser.openHost(HOST_URLS.slackChannel);
    expect(await tab.attribute(PANE_EDITOR, 'data-gramm')).toBe('false');
    await tab.type(PANE_EDITOR, VAGUE_GROUP_ASK, { newline: slack.newline });
    await waitForBadge(tab, /^Clearsend: [2-9] suggestions/);
    expect(await totalMarks(tab)).toBeGreaterThanOrEqual(2);
    await tab.close();
  });

  it('checks the composer in a Japanese workspace, and not its search box', async () => {
    const tab = await browser.openHost(HOST_URLS.slackJapanese);
    await tab.type(PANE_EDITOR, VAGUE_GROUP_ASK, { newline: slack.newline });
    await waitForBadge(tab, /^Clearsend: [2-9] suggestions/);
    expect(await badges(tab)).toHaveLength(1);
    await tab.close();
  });

  it('asks for an owner in a channel but not in a DM', async () => {
    const channel = await browser.openHost(HOST_URLS.slackChannel);
    await channel.type(PANE_EDITOR, DIRECT_ASK);
    const text = (await openPanel(channel, await waitForBadge(channel, /^Clearsend: 1 suggestion,/))).join(
      '\n',
    );
    expect(text).toMatch(/No owner named/);
    await channel.close();

    const dm = await browser.openHost(HOST_URLS.slackDm);
    await dm.type(PANE_EDITOR, DIRECT_ASK);
    await waitForBadge(dm, /^Clearsend: looks clear/);
    await dm.close();
  });

  it('checks the thread composer in the right-hand pane', async () => {
    const tab = await browser.openHost(HOST_URLS.slackThread);
    await tab.type(THREAD_EDITOR, 'Thanks! Can someone update the doc soon?');
    const text = (await openPanel(tab, await waitForBadge(tab, /^Clearsend: [2-9] suggestions/))).join('\n');
    expect(text).toMatch(/deadline/i);
    await tab.close();
  });

  it('sends exactly what the writer wrote: Clearsend never alters the message', async () => {
    const tab = await browser.openHost(HOST_URLS.slackDm);
    await tab.type(PANE_EDITOR, DIRECT_ASK);
    await waitForBadge(tab, /^Clearsend: looks clear/);
    await tab.press('Enter');
    const sent = await tab.evaluate(
      () => (window as unknown as { __slackSent: { text: string }[] }).__slackSent,
    );
    expect(sent.map((m) => m.text.trim())).toEqual([DIRECT_ASK]);
    await tab.close();
  });

  it('typing 500 characters makes no request and throws nothing into the page', async () => {
    // Long tasks and keystroke latency are measured by `npm run bench` (scripts/bench-browser.ts).
    const tab = await browser.openHost(HOST_URLS.slackDm);
    await tab.wait(SETTLE_MS);
    const words = 'Could you check the rollout numbers for the onboarding flow before the review ';
    await tab.type(PANE_EDITOR, words.repeat(7).slice(0, 500));
    await waitForBadge(tab, /^Clearsend: (looks clear|\d+ suggestions?),/);
    expect(await slack.hostDraft(tab)).toBe(words.repeat(7).slice(0, 500));
    expect(browser.offHostRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
    await tab.close();
  });
});
