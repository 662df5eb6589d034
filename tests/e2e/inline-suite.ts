import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Session } from './harness';
import { typeLikeUser } from './harness';
import { markCounts, openPanel, press, totalMarks, waitForBadge, waitForNoBadge } from './overlay';

/**
 * What every host must do the same way (Harper's "basic suggestion works on <editor>"): the shared part of
 * each site's e2e file. Each site supplies where to type and how to read its own idea of the draft.
 */
export interface HostUnderTest {
  name: 'Gmail' | 'Slack' | 'Notion';
  url: string;
  /** The editor to type into, as a Playwright selector. */
  editor: string;
  /** Slack sends on Enter, so multi-line drafts use Shift+Enter there. */
  newline: 'Enter' | 'Shift+Enter';
  /** The host's own record of the draft (its model, or what it would send), to check a fix reached it. */
  hostDraft(page: Page): Promise<string>;
  /** Pauses or resumes Clearsend for this site the way a user does (the popup's switch). */
  setPaused(session: Session, page: Page, paused: boolean): Promise<void>;
}

export const VAGUE_GROUP_ASK =
  'Can someone send me the updated launch numbers ASAP? Finance needs them for the forecast.';
export const RELATIVE_DATE_ASK = 'Priya, can you review the launch checklist by Friday?';
export const CLEAR_QUESTION = 'Priya, which staging server should we use for the demo?';

export function basicSuggestionSuite(host: HostUnderTest, session: () => Session): void {
  it(`${host.name}: a vague deadline and no owner are marked, counted and explained`, async () => {
    const page = await session().openHost(host.url);
    await typeLikeUser(page, host.editor, VAGUE_GROUP_ASK, { newline: host.newline });
    const badge = await waitForBadge(page, /^Clearsend: [2-9] suggestions/);
    expect(await markCounts(page)).toMatchObject({ 'clearsend-warning': expect.any(Number) });
    expect(await totalMarks(page)).toBeGreaterThanOrEqual(2);
    const text = (await openPanel(page, badge)).join('\n');
    expect(text).toMatch(/deadline/i);
    expect(text).toMatch(/who owns it/i);
    await page.close();
  });

  it(`${host.name}: the date fix changes the host's text, Ctrl+Z undoes it, and the finding goes away`, async () => {
    const page = await session().openHost(host.url);
    await typeLikeUser(page, host.editor, RELATIVE_DATE_ASK, { newline: host.newline });
    const badge = await waitForBadge(page, /^Clearsend: 1 suggestion,/);
    await openPanel(page, badge);
    const label = await press(page, /^Change to “/);
    const replacement = label.replace(/^Change to “(.*)”$/, '$1');
    await expect.poll(() => host.hostDraft(page)).toContain(`by ${replacement}`);
    await waitForBadge(page, /^Clearsend: looks clear/);
    await page.locator(host.editor).first().focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => host.hostDraft(page)).toContain('by Friday');
    await waitForBadge(page, /^Clearsend: 1 suggestion,/);
    await page.close();
  });

  it(`${host.name}: a clear message looks clear`, async () => {
    const page = await session().openHost(host.url);
    await typeLikeUser(page, host.editor, CLEAR_QUESTION, { newline: host.newline });
    await waitForBadge(page, /^Clearsend: looks clear, score 100/);
    expect(await totalMarks(page)).toBe(0);
    await page.close();
  });

  it(`${host.name}: paused, nothing is shown`, async () => {
    const page = await session().openHost(host.url);
    await typeLikeUser(page, host.editor, VAGUE_GROUP_ASK, { newline: host.newline });
    await waitForBadge(page, /^Clearsend: [2-9] suggestions/);
    await host.setPaused(session(), page, true);
    await waitForNoBadge(page);
    expect(await totalMarks(page)).toBe(0);
    await host.setPaused(session(), page, false);
    await waitForBadge(page, /^Clearsend: [2-9] suggestions/);
    await page.close();
  });
}
