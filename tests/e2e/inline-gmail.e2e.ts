import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_URLS } from '../fixtures/routes';
import { launchWithExtension, type Session, TWICE, typeLikeUser } from './harness';
import { basicSuggestionSuite, CLEAR_QUESTION, type HostUnderTest, VAGUE_GROUP_ASK } from './inline-suite';
import { badges, openPanel, waitForBadge } from './overlay';
import { setSitePaused } from './popup';

const DIALOG_EDITOR = '[role="dialog"] [g_editable="true"]';
const REPLY_EDITOR = '.AO [g_editable="true"]';
const DIRECT_ASK = 'Can you send me the launch numbers by 4 December 2026?';
// Longer than the checker's idle pause and an analysis: a changed draft would have been re-checked by then.
const SETTLE_MS = 1200;

const gmail: HostUnderTest = {
  name: 'Gmail',
  url: HOST_URLS.gmailInbox,
  editor: DIALOG_EDITOR,
  newline: 'Enter',
  hostDraft: (page: Page) =>
    page
      .locator(DIALOG_EDITOR)
      .first()
      .textContent()
      .then((t) => t ?? ''),
  setPaused: (session, page, paused) => setSitePaused(session, page, 'Gmail', paused),
};

describe('Gmail compose windows', TWICE, () => {
  let session: Session;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(() => session?.close());

  basicSuggestionSuite(gmail, () => session);

  it("checks the compose in Gmail's Vietnamese UI: no English label is needed", async () => {
    const page = await session.openHost(HOST_URLS.gmailVietnamese);
    expect(await page.locator(DIALOG_EDITOR).first().getAttribute('aria-label')).toBe('Nội dung thư');
    await typeLikeUser(page, DIALOG_EDITOR, VAGUE_GROUP_ASK);
    await waitForBadge(page, /^Clearsend: [2-9] suggestions/);
    await page.close();
  });

  it('keeps separate findings for two compose windows open at once', async () => {
    const page = await session.openHost(HOST_URLS.gmailInbox);
    await page.locator('[gh="cm"]').click();
    await expect.poll(() => page.locator(DIALOG_EDITOR).count()).toBe(2);
    await typeLikeUser(page, page.locator(DIALOG_EDITOR).nth(0), VAGUE_GROUP_ASK);
    await typeLikeUser(page, page.locator(DIALOG_EDITOR).nth(1), CLEAR_QUESTION);
    await waitForBadge(page, /^Clearsend: [2-9] suggestions/);
    // The new window has no recipient yet: that, and only that, is its finding.
    const second = await waitForBadge(page, /^Clearsend: 1 suggestion,/);
    expect((await openPanel(page, second)).join('\n')).toMatch(/recipient|who/i);
    await page.close();
  });

  it('reads the recipients from the chips: one fewer recipient, no owner needed', async () => {
    const page = await session.openHost(HOST_URLS.gmailInbox);
    await typeLikeUser(page, DIALOG_EDITOR, DIRECT_ASK);
    const text = (await openPanel(page, await waitForBadge(page, /^Clearsend: 1 suggestion,/))).join('\n');
    expect(text).toMatch(/who owns it/i);
    await page.keyboard.press('Escape');
    // As a user removes a chip: Backspace in the empty Cc field.
    await page.locator('[role="dialog"] [name="cc"] input').first().click();
    await page.keyboard.press('Backspace');
    await expect.poll(() => page.locator('[role="dialog"] [name="cc"] [role="option"]').count()).toBe(0);
    await waitForBadge(page, /^Clearsend: looks clear/);
    await page.close();
  });

  it('ignores the quoted history and the signature of a reply', async () => {
    const page = await session.openHost(HOST_URLS.gmailInbox);
    // The quote asks for a checklist "ASAP" and leans on "the doc we discussed"; the signature asks "by Friday".
    // The docked compose covers the middle of the reply, so the writer clicks its first line.
    await typeLikeUser(page, REPLY_EDITOR, 'Thanks Priya, that works for me.', { at: { x: 20, y: 10 } });
    await expect
      .poll(async () => (await badges(page)).map((b) => b.name))
      .toContainEqual(expect.stringMatching(/^Clearsend: looks clear, score 100/));
    // Unfolding the quote ("•••"), as a writer checking what they reply to does, puts it on screen, not in the draft.
    await page.locator('.AO .ajR').click();
    await expect.poll(() => page.locator('.AO .gmail_quote_container').isVisible()).toBe(true);
    await page.waitForTimeout(SETTLE_MS);
    expect((await badges(page)).some((b) => /suggestion/.test(b.name))).toBe(false);
    await page.close();
  });
});
