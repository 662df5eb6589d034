import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../lib/history/types';
import { HOST_URLS } from '../fixtures/routes';
import { launchWithExtension, REPEATS, type Session, typeLikeUser } from './harness';
import { historyEntries } from './history-entries';
import { badges, waitForBadge } from './overlay';

// A Notion page has no send: history records a page the user edited when they leave it, one entry per page per
// day, rewritten by later visits (design.md, lib/checker/record-leave.ts). The page key is its title.
const LAST_BLOCK = '.notion-page-content > [data-block-id]:last-child [data-content-editable-leaf="true"]';

// An entry's time comes from the page's local ISO clock, to the second: compare with the second we started in.
const thisSecond = () => Math.floor(Date.now() / 1000) * 1000;

const pageEntries = (entries: HistoryEntry[], title: string) =>
  entries.filter((e) => e.site === 'notion' && e.key.startsWith(`notion-page:${title}:`));

/** Polls the history until `title` has an entry written after `since` (a leave is recorded a moment after it). */
async function untilRecorded(session: Session, title: string, since: number): Promise<HistoryEntry[]> {
  let found: HistoryEntry[] = [];
  for (let tries = 0; tries < 40; tries++) {
    found = pageEntries(await historyEntries(session), title);
    if (found.some((e) => e.time >= since)) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return found;
}

/** Types into the page's last block as the user does, and waits until Clearsend has read what was typed. */
async function edit(page: Page, text: string): Promise<void> {
  const before = (await waitForBadge(page, /^Clearsend:/)).name;
  await typeLikeUser(page, LAST_BLOCK, text);
  // Each edit adds a finding, so a badge that reads differently is a reading of the edited page.
  await expect
    .poll(async () =>
      (await badges(page)).map((b) => b.name).find((n) => /suggestions?/.test(n) && n !== before),
    )
    .toBeTruthy();
}

describe('Notion pages in the history (Chromium)', REPEATS, () => {
  let session: Session;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(() => session?.close());

  it('records an edited page when the user opens another one, once per page per day', async () => {
    const started = thisSecond();
    const before = pageEntries(await historyEntries(session), 'Launch plan');
    const page = await session.openHost(HOST_URLS.notionPage);
    await edit(page, 'Can someone send me the updated launch numbers ASAP?');
    await page.click('.notion-sidebar a[href*="Team-notes"]');
    await expect.poll(() => page.url()).toContain('Team-notes');
    const recorded = await untilRecorded(session, 'Launch plan', started);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ site: 'notion', kind: 'page' });
    expect(recorded[0]!.time).toBeGreaterThanOrEqual(started);
    expect(recorded[0]!.score).toBeLessThan(100);
    // An earlier run today made the entry this one rewrote.
    if (before.length) expect(recorded[0]!.key).toBe(before[0]!.key);

    // Back to the page the same day, another edit, and away again: the same entry, now with the latest words.
    await page.click('.notion-sidebar a[href*="Launch-plan"]');
    await expect.poll(() => page.url()).toContain('Launch-plan');
    const reedited = thisSecond();
    await edit(page, '\nI just think maybe we could possibly ship it sometime, per the doc I mentioned.');
    await page.click('.notion-sidebar a[href*="Team-notes"]');
    const again = await untilRecorded(session, 'Launch plan', reedited);
    expect(again).toHaveLength(1);
    expect(again[0]!.key).toBe(recorded[0]!.key);
    expect(again[0]!.time).toBeGreaterThanOrEqual(reedited);
    // The page as it was left the second time: both edits (the fixture keeps a page's edits while it is open).
    expect(again[0]!.words).toBeGreaterThan(recorded[0]!.words);
    // Team notes was only looked at, never edited: nothing recorded for it in this test.
    await page.close();
    const notes = pageEntries(await historyEntries(session), 'Team notes');
    expect(notes.filter((e) => e.time >= started)).toEqual([]);
    expect(session.offHostRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('records an edited page when the user closes its tab', async () => {
    const page = await session.openHost(HOST_URLS.notionOtherPage);
    const started = thisSecond();
    await edit(page, 'Can someone own the rollout?');
    await page.close();
    const recorded = await untilRecorded(session, 'Team notes', started);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]!.time).toBeGreaterThanOrEqual(started);
  });

  it('records nothing for a page that edits itself: only the user’s own typing counts', async () => {
    const page = await session.openHost(HOST_URLS.notionKoreanPage);
    await waitForBadge(page, /^Clearsend:/);
    // The page's own script writes into the block and says so with an input event of its own (untrusted).
    await page.evaluate((selector) => {
      const leaf = document.querySelector<HTMLElement>(selector)!;
      leaf.textContent = 'Can someone send me the numbers ASAP?';
      leaf.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    }, LAST_BLOCK);
    await waitForBadge(page, /^Clearsend: [1-9] suggestions?/);
    await page.close();
    // The leave would be written within a moment; give it that moment, then look.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(pageEntries(await historyEntries(session), '출시 계획')).toEqual([]);
  });
});
