import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFixtureFor } from '../fixtures/article/routes';
import { chromiumPath } from './chromium';
import { launchWithExtension, type Session, TWICE } from './harness';

/** The little of the extension API these tests call inside the browser (no @types/chrome in the project). */
interface InBrowser {
  chrome: {
    tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
    runtime: { sendMessage(message: unknown): Promise<unknown> };
  };
}

const STATUS_URL = 'https://docs.example.com/platform/status-week-12';
const SPEC_URL = 'https://docs.example.com/specs/export-history-csv';
const SHELL_URL = 'https://app.example.com/dashboard';

/**
 * "Review this page" works only right after the user's click on the toolbar button or the context menu (activeTab).
 * A test can't click browser UI, but Chromium's DevTools protocol can press the toolbar button
 * (`Extensions.triggerAction`), which grants activeTab as a click does, once Chromium runs with
 * --enable-unsafe-extension-debugging. The harness takes no extra flags, so a tiny wrapper adds it.
 */
function useExtensionDebuggingFlag(): void {
  const chromium = chromiumPath();
  if (!chromium) return;
  const wrapper = join(mkdtempSync(join(tmpdir(), 'clearsend-chromium-')), 'chromium');
  writeFileSync(wrapper, `#!/bin/sh\nexec "${chromium}" --enable-unsafe-extension-debugging "$@"\n`);
  chmodSync(wrapper, 0o755);
  process.env.CHROMIUM_PATH = wrapper;
}

/** Presses Clearsend's toolbar button over `page` (as the user does before choosing "Review this page"). */
async function pressToolbarButton(session: Session, page: Page): Promise<void> {
  // The press acts on the window's active tab: the welcome page, opened on install, may have come up over ours.
  await page.bringToFront();
  const browser = session.context.browser();
  if (!browser) throw new Error('no browser behind the context');
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as {
    targetInfos: { targetId: string; url: string }[];
  };
  const target = targetInfos.find((info) => info.url === page.url());
  if (!target) throw new Error(`no tab for ${page.url()}`);
  await cdp.send('Extensions.triggerAction', { id: session.extensionId, targetId: target.targetId });
  await cdp.detach();
}

/** The popup's code path: a `reviewPage` message for the tab, sent from an extension page; returns the review tab. */
async function reviewFromPopup(session: Session, page: Page): Promise<Page> {
  // The grant reaches the extension a moment after the press: wait until the tab's URL is visible to it. On a
  // loaded machine the first press can land before the tab is ready for it, so press again now and then.
  let tabId: number | undefined;
  for (let tries = 0; tries < 150 && tabId === undefined; tries++) {
    if (tries % 50 === 0) await pressToolbarButton(session, page);
    const worker = session.context.serviceWorkers()[0];
    tabId = await worker?.evaluate(
      async (url) =>
        (await (globalThis as unknown as InBrowser).chrome.tabs.query({})).find((tab) => tab.url === url)?.id,
      page.url(),
    );
    if (tabId === undefined) await page.waitForTimeout(100);
  }
  if (tabId === undefined) throw new Error('the toolbar press granted no access to the tab');
  const popup = await session.extensionPage(`popup.html?tab=${tabId}`);
  const reviewOpened = session.context.waitForEvent('page', (opened) =>
    opened.url().includes('/review.html'),
  );
  const button = popup.getByRole('button', { name: 'Review this page' });
  if ((await button.count()) > 0) await button.click();
  else
    await popup.evaluate(
      (id) =>
        (globalThis as unknown as InBrowser).chrome.runtime.sendMessage({
          clearsend: 1,
          type: 'reviewPage',
          payload: { tabId: id },
        }),
      tabId,
    );
  const review = await reviewOpened;
  await review.waitForLoadState();
  await popup.close().catch(() => undefined);
  return review;
}

/** What a reader sees for one action item: its text, who and when. */
async function itemFor(review: Page, words: string) {
  const item = review.locator('.item', { hasText: words });
  await item.waitFor();
  return {
    who: (await item.locator('dd.who').textContent())?.trim(),
    when: (await item.locator('dd.when').textContent())?.trim(),
    item,
  };
}

describe('Review this page', TWICE, () => {
  let session: Session;

  beforeAll(async () => {
    useExtensionDebuggingFlag();
    session = await launchWithExtension({ serve: articleFixtureFor });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('lists the asks of a status update with their owners and dates, and jumps back to each', async () => {
    const article = await session.openHost(STATUS_URL);
    const review = await reviewFromPopup(session, article);

    await expect(review.locator('h1').textContent()).resolves.toContain('Platform migration');
    await expect(review.locator('.score').textContent()).resolves.toMatch(/\d+\/100/);

    const priya = await itemFor(review, 'Priya, please send the final load-test results');
    expect(priya).toMatchObject({ who: 'Priya', when: expect.stringContaining('2031-03-14') });
    const marco = await itemFor(review, 'Marco, can you review the rollback plan');
    expect(marco).toMatchObject({ who: 'Marco', when: expect.stringContaining('2031-03-21') });
    const runbook = await itemFor(review, 'update the on-call runbook');
    expect(runbook).toMatchObject({ who: 'no owner', when: expect.stringContaining('2031-04-02') });
    const dana = await itemFor(review, 'Dana, please decide on the CDN vendor');
    expect(dana).toMatchObject({ who: 'Dana', when: expect.stringMatching(/^vague/) });
    const sam = await itemFor(review, 'Sam, please book the cutover rehearsal');
    expect(sam).toMatchObject({ who: 'Sam', when: expect.stringContaining('2031-03-28') });

    // The last ask sits far below the fold: the jump has to scroll the original tab to it and mark it.
    expect(await article.evaluate(() => window.scrollY)).toBe(0);
    await sam.item.getByRole('button', { name: 'Show in page' }).click();
    await expect
      .poll(() =>
        article.evaluate(() => {
          const li = [...document.querySelectorAll('li')].find((el) =>
            el.textContent?.includes('Sam, please book'),
          );
          const box = li?.getBoundingClientRect();
          return !!box && box.top >= 0 && box.bottom <= window.innerHeight && window.scrollY > 0;
        }),
      )
      .toBe(true);
    expect(await article.evaluate(() => CSS.highlights.has('clearsend-review'))).toBe(true);
    await review.close();
    await article.close();
  });

  it('reviews a spec: its questions and decisions, with and without owners', async () => {
    const spec = await session.openHost(SPEC_URL);
    const review = await reviewFromPopup(session, spec);
    const lee = await itemFor(review, 'Lee, should the export include entries');
    expect(lee.who).toBe('Lee');
    const approve = await itemFor(review, 'Sam, please approve the column list');
    expect(approve).toMatchObject({ who: 'Sam', when: expect.stringContaining('2031-05-12') });
    await review.close();
    await spec.close();
  });

  it('says so plainly when the page has no main text', async () => {
    const shell = await session.openHost(SHELL_URL);
    const review = await reviewFromPopup(session, shell);
    await expect(review.getByRole('alert').textContent()).resolves.toContain(
      "Clearsend couldn't find the main text on this page",
    );
    expect(await review.locator('.item').count()).toBe(0);
    await review.close();
    await shell.close();
  });

  it('made no network request', () => {
    expect(session.offHostRequests).toEqual([]);
  });
});
