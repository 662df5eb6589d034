import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { articleFixtureFor } from '../fixtures/article/routes';
import { chromiumPath } from './chromium';
import { launchWithExtension, type Session } from './harness';

/** The little of the extension API these tests call inside the browser (no @types/chrome in the project). */
interface InBrowser {
  chrome: {
    tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
    runtime: { sendMessage(message: unknown): Promise<unknown> };
  };
}

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

/** A browser that can press "Review this page" (the flag above), serving the article pages at their real URLs. */
export function launchForReview(): Promise<Session> {
  useExtensionDebuggingFlag();
  return launchWithExtension({ serve: articleFixtureFor });
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
export async function reviewFromPopup(session: Session, page: Page): Promise<Page> {
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
