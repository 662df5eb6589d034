import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_URLS } from '../fixtures/routes';
import { launchWithExtension, type Session, TWICE, typeLikeUser } from './harness';
import { basicSuggestionSuite, type HostUnderTest, VAGUE_GROUP_ASK } from './inline-suite';
import { openPanel, totalMarks, waitForBadge } from './overlay';
import { setSitePaused } from './popup';

// The empty paragraph at the end of the page, where a writer adds text.
const LAST_BLOCK = '.notion-page-content > [data-block-id]:last-child [data-content-editable-leaf="true"]';

const notion: HostUnderTest = {
  name: 'Notion',
  url: HOST_URLS.notionPage,
  editor: LAST_BLOCK,
  newline: 'Enter',
  // Notion's own page model (the fixture keeps it like Notion does, from input events).
  hostDraft: (page: Page) =>
    page.evaluate(() => (window as unknown as { __notionDraft: string }).__notionDraft),
  setPaused: (session, page, paused) => setSitePaused(session, page, 'Notion', paused),
};

describe('Notion pages', TWICE, () => {
  let session: Session;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(() => session?.close());

  basicSuggestionSuite(notion, () => session);

  it('reads the page as one draft and leaves its code block alone', async () => {
    const page = await session.openHost(HOST_URLS.notionPage);
    // The code block says "asap"; read as prose it would be a vague deadline.
    await waitForBadge(page, /^Clearsend: looks clear/);
    const blocks = page.locator('.notion-page-content > [data-block-id]');
    const before = await blocks.count();
    await typeLikeUser(page, LAST_BLOCK, 'Can someone own the rollout?\nPlease send the plan soon.');
    expect(await blocks.count()).toBe(before + 1);
    const text = (await openPanel(page, await waitForBadge(page, /^Clearsend: [2-9] suggestions/))).join(
      '\n',
    );
    expect(text).toMatch(/who owns it/i);
    expect(text).toMatch(/deadline/i);
    expect(await totalMarks(page)).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it.each([
    ['app.notion.com (/p/<id>)', HOST_URLS.notionAppPage],
    ['app.notion.com in Korean', HOST_URLS.notionKoreanPage],
  ])('checks the page at %s', async (_where, url) => {
    const page = await session.openHost(url);
    await typeLikeUser(page, LAST_BLOCK, VAGUE_GROUP_ASK);
    await waitForBadge(page, /^Clearsend: [2-9] suggestions/);
    expect(await totalMarks(page)).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it('re-attaches after navigating to another page', async () => {
    const page = await session.openHost(HOST_URLS.notionPage);
    await waitForBadge(page, /^Clearsend:/);
    await page.getByRole('link', { name: 'Team notes' }).first().click();
    await expect.poll(() => page.url()).toContain('Team-notes');
    await typeLikeUser(page, LAST_BLOCK, 'Can someone send me the updated launch numbers ASAP?');
    await waitForBadge(page, /^Clearsend: [2-9] suggestions/);
    await page.close();
  });
});
