import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_URLS } from '../fixtures/routes';
import { launchWithExtension, type Session, TWICE, typeLikeUser } from './harness';
import { basicSuggestionSuite, type HostUnderTest, VAGUE_GROUP_ASK } from './inline-suite';
import { badges, openPanel, totalMarks, waitForBadge } from './overlay';
import { setSitePaused } from './popup';

const PANE_EDITOR = '[data-qa="message_input"][data-view-context="message-pane"] .ql-editor';
const THREAD_EDITOR = '[data-qa="threads_flexpane"] [data-qa="message_input"] .ql-editor';
const DIRECT_ASK = 'Can you send me the launch numbers by 4 December 2026?';

const slack: HostUnderTest = {
  name: 'Slack',
  url: HOST_URLS.slackChannel,
  editor: PANE_EDITOR,
  newline: 'Shift+Enter',
  // Slack's own draft model, which is what Enter would send.
  hostDraft: (page: Page) =>
    page.evaluate(() => (window as unknown as { __slackDraft: string }).__slackDraft),
  setPaused: (session, page, paused) => setSitePaused(session, page, 'Slack', paused),
};

describe('Slack compose boxes', TWICE, () => {
  let session: Session;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(() => session?.close());

  basicSuggestionSuite(slack, () => session);

  it('checks a Quill editor that carries data-gramm="false", as every Slack composer does', async () => {
    const page = await session.openHost(HOST_URLS.slackChannel);
    expect(await page.locator(PANE_EDITOR).first().getAttribute('data-gramm')).toBe('false');
    await typeLikeUser(page, PANE_EDITOR, VAGUE_GROUP_ASK, { newline: slack.newline });
    await waitForBadge(page, /^Clearsend: [2-9] suggestions/);
    expect(await totalMarks(page)).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it('checks the composer in a Japanese workspace, and not its search box', async () => {
    const page = await session.openHost(HOST_URLS.slackJapanese);
    await typeLikeUser(page, PANE_EDITOR, VAGUE_GROUP_ASK, { newline: slack.newline });
    await waitForBadge(page, /^Clearsend: [2-9] suggestions/);
    expect((await badges(page)).length).toBe(1);
    await page.close();
  });

  it('asks for an owner in a channel but not in a DM', async () => {
    const channel = await session.openHost(HOST_URLS.slackChannel);
    await typeLikeUser(channel, PANE_EDITOR, DIRECT_ASK);
    const text = (await openPanel(channel, await waitForBadge(channel, /^Clearsend: 1 suggestion,/))).join(
      '\n',
    );
    expect(text).toMatch(/who owns it/i);
    await channel.close();

    const dm = await session.openHost(HOST_URLS.slackDm);
    await typeLikeUser(dm, PANE_EDITOR, DIRECT_ASK);
    await waitForBadge(dm, /^Clearsend: looks clear/);
    await dm.close();
  });

  it('checks the thread composer in the right-hand pane', async () => {
    const page = await session.openHost(HOST_URLS.slackThread);
    await typeLikeUser(page, THREAD_EDITOR, 'Thanks! Can someone update the doc soon?');
    const text = (await openPanel(page, await waitForBadge(page, /^Clearsend: [2-9] suggestions/))).join(
      '\n',
    );
    expect(text).toMatch(/deadline/i);
    await page.close();
  });

  it('sends exactly what the writer wrote: Clearsend never alters the message', async () => {
    const page = await session.openHost(HOST_URLS.slackDm);
    await typeLikeUser(page, PANE_EDITOR, DIRECT_ASK);
    await waitForBadge(page, /^Clearsend: looks clear/);
    await page.keyboard.press('Enter');
    const sent = await page.evaluate(
      () => (window as unknown as { __slackSent: { text: string }[] }).__slackSent,
    );
    expect(sent.map((m) => m.text.trim())).toEqual([DIRECT_ASK]);
    await page.close();
  });

  it('typing 500 characters makes no request and throws nothing into the page', async () => {
    // Long tasks and keystroke latency are measured by `npm run bench` (scripts/bench-browser.ts).
    const page = await session.openHost(HOST_URLS.slackDm);
    await waitForBadge(page, /^Clearsend:/);
    const words = 'Could you check the rollout numbers for the onboarding flow before the review ';
    await typeLikeUser(page, PANE_EDITOR, words.repeat(7).slice(0, 500));
    await waitForBadge(page, /^Clearsend: (looks clear|\d+ suggestions?),/);
    expect(await slack.hostDraft(page)).toBe(words.repeat(7).slice(0, 500));
    expect(session.offHostRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    await page.close();
  });
});
