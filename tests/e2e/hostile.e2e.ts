import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_URLS } from '../fixtures/routes';
import { axNodes } from './ax';
import { launchWithExtension, REPEATS, type Session, typeLikeUser } from './harness';
import { historyEntries } from './history-entries';
import {
  embedHostileFrame,
  fakeGmailSends,
  foreignRangeKept,
  HOSTILE_FRAME_ORIGIN,
  postFakeScriptStarted,
  predefineOurElements,
  raidOurElements,
  rewriteOurRanges,
} from './hostile/probes';
import { VAGUE_GROUP_ASK } from './inline-suite';
import { badges, openPanel, panelText, totalMarks, waitForBadge } from './overlay';

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

const GMAIL_EDITOR = '[role="dialog"] [g_editable="true"]';

/** Opens a host page with `attack` installed in its main world before any of the page's (or our) scripts. */
async function openHostile(session: Session, url: string, attack: () => void): Promise<Page> {
  const page = await session.context.newPage();
  await page.addInitScript(attack);
  await page.goto(url);
  await page.bringToFront();
  return page;
}

async function storedSettings(session: Session): Promise<{ disabledRules?: string[] } | undefined> {
  const page = await session.extensionPage('popup.html');
  const stored = await page.evaluate(() => chrome.storage.local.get('settings'));
  await page.close();
  return stored.settings as { disabledRules?: string[] } | undefined;
}

describe('a hostile host page', REPEATS, () => {
  let session: Session;
  beforeAll(async () => {
    // The cross-origin widget a page may embed (15.2), served at an origin of its own.
    const frame = resolve(import.meta.dirname, 'hostile/frame.html');
    session = await launchWithExtension({
      serve: (url) => (url.origin === HOSTILE_FRAME_ORIGIN && url.pathname === '/frame.html' ? frame : null),
    });
  });
  afterAll(() => session?.close());
  /** The user's one send lands in the history: exactly one entry more than `before`, within ten seconds. */
  const expectOneMoreEntry = (before: number) =>
    expect
      .poll(async () => (await historyEntries(session)).length - before, { timeout: 10_000, interval: 250 })
      .toBe(1);

  it('cannot enter our closed UI by defining our element names first (issue 15.1)', async () => {
    const page = await openHostile(session, HOST_URLS.gmailInbox, predefineOurElements);
    await typeLikeUser(page, GMAIL_EDITOR, VAGUE_GROUP_ASK);
    const badge = await waitForBadge(page, /^Clearsend: [2-9] suggestions/);
    const before = await openPanel(page, badge);
    const raid = await page.evaluate(raidOurElements);
    expect(raid).toEqual({ constructed: [], roots: 0, read: '', clicked: 0 });
    // Nothing changed: the same cards under the same heading, and no rule was turned off.
    expect((await badges(page)).map((b) => b.name)).toContain(badge.name);
    expect(await panelText(page)).toEqual(before);
    expect((await storedSettings(session))?.disabledRules ?? []).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    await page.close();
  });

  it('cannot switch Clearsend off with a window message (issue 15.2)', async () => {
    const page = await session.openHost(HOST_URLS.gmailInbox);
    await typeLikeUser(page, GMAIL_EDITOR, VAGUE_GROUP_ASK);
    await waitForBadge(page, /^Clearsend: [2-9] suggestions/);
    const marks = await totalMarks(page);
    await page.evaluate(postFakeScriptStarted, session.extensionId);
    expect(await totalMarks(page)).toBe(marks);
    // Still checking: a clear message written now is seen as clear.
    await page.locator(GMAIL_EDITOR).first().focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Priya, which staging server should we use for the demo?');
    await expect.poll(() => totalMarks(page), { timeout: 5000 }).toBe(0);
    await waitForBadge(page, /^Clearsend: looks clear/);
    expect(session.pageErrors).toEqual([]);
    await page.close();
  });

  it('cannot switch Clearsend off from a cross-origin iframe either: marks, badge and sends survive (issue 15.2)', async () => {
    const page = await session.openHost(HOST_URLS.gmailInbox);
    const before = (await historyEntries(session)).length;
    // Each run its own words: the same text sent twice within a minute is one send by design.
    const numbers = `${Date.now() % 1000} launch numbers`;
    await typeLikeUser(page, GMAIL_EDITOR, `Can someone send me the ${numbers} ASAP?`);
    const badge = await waitForBadge(page, /^Clearsend: [1-9] suggestions?/);
    const marks = await totalMarks(page);
    expect(marks).toBeGreaterThan(0);
    const from = await page.evaluate(embedHostileFrame, {
      origin: HOSTILE_FRAME_ORIGIN,
      extensionId: session.extensionId,
    });
    expect(from).toBe(HOSTILE_FRAME_ORIGIN);
    expect(page.frames().map((f) => new URL(f.url()).origin)).toContain(HOSTILE_FRAME_ORIGIN);
    expect(await totalMarks(page)).toBe(marks);
    expect((await badges(page)).map((b) => b.name)).toContain(badge.name);
    // Still checking, and still recording: the user's own Ctrl+Enter lands in the history.
    await page.locator(GMAIL_EDITOR).first().focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' Thanks');
    await waitForBadge(page, /^Clearsend: [1-9] suggestions?/);
    await page.keyboard.press('Control+Enter');
    await expectOneMoreEntry(before);
    expect(session.offHostRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    await page.close();
  });

  it('cannot fake sends into the history: only the user’s own click or key counts (issue 15.3)', async () => {
    const page = await session.openHost(HOST_URLS.gmailInbox);
    // Clearsend is running: a draft the writer leaves unsent in the docked compose has its badge (an empty box
    // has none).
    await typeLikeUser(page, GMAIL_EDITOR, 'Can someone check the numbers?');
    await waitForBadge(page, /^Clearsend:/);
    const before = (await historyEntries(session)).length;
    expect(await page.evaluate(fakeGmailSends, 12)).toBe(12);
    // A real send afterwards is recorded: the guard stopped the page, not the writer.
    await page.locator('[gh="cm"]').click();
    const body = page.locator(GMAIL_EDITOR).last();
    // Each run its own words: the same text sent twice within a minute is one send by design.
    const numbers = `${Date.now() % 1000} launch numbers`;
    await typeLikeUser(page, body, `Priya, can you send me the ${numbers} by Thu 27 Nov 5pm CET?`);
    await page.keyboard.press('Control+Enter');
    await expectOneMoreEntry(before);
    await page.close();
  });

  it('cannot change what our buttons say by rewriting the ranges it can see (issue 15.6)', async () => {
    const page = await session.openHost(HOST_URLS.gmailInbox);
    await typeLikeUser(
      page,
      GMAIL_EDITOR,
      'Sorry to bother you, but can you just send me the launch numbers by 4 December 2026?',
    );
    const badge = await waitForBadge(page, /^Clearsend: [1-9] suggestions?,/);
    expect(await page.evaluate(rewriteOurRanges)).toBeGreaterThan(0);
    await openPanel(page, badge);
    const buttons = (await axNodes(page)).filter((n) => n.role === 'button').map((n) => n.name);
    // The label quotes the writer's own words, read when they were checked, not what a range now covers.
    const removal = buttons.find((name) => name.startsWith('Remove “'));
    expect(removal).toMatch(/^Remove “(Sorry to bother you|just)/);
    expect(buttons.join(' | ')).not.toMatch(/password/);
    // The range the page slipped into our highlight is gone after the next check.
    await page.locator(GMAIL_EDITOR).first().focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' Thanks');
    await expect.poll(() => page.evaluate(foreignRangeKept), { timeout: 5000 }).toBe(false);
    await page.close();
  });
});
