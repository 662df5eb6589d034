import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { EDITOR_ORIGINS, EDITOR_PAGES } from '../fixtures/routes';
import { launchWithExtension, REPEATS, type Session, typeLikeUser } from './harness';
import { waitForBadge } from './overlay';
import { openPopupFor } from './popup';

/** The little of the extension API the tests call inside extension pages (the project has no @types/chrome). */
declare const chrome: {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
};

const PAGE = EDITOR_PAGES.contenteditable;
const EDITOR = PAGE.editor;
const ASK = 'Can someone send me the updated launch numbers ASAP? Finance needs them for the forecast.';
/** A team's preset published on the same intranet: subscribing to it holds the same grant as the site. */
const PRESET_URL = 'https://intranet.example.com/team-preset.json';
const PRESET_FILE = resolve(import.meta.dirname, '../cli/team-preset.json');

const turnOn = (popup: Page) => popup.getByRole('button', { name: 'Check messages on this site' }).click();

async function browserState(session: Session, origin: string) {
  const page = await session.extensionPage('popup.html');
  const pattern = `https://${new URL(origin).hostname}/*`;
  const state = await page.evaluate(
    async (want) => ({
      granted: await chrome.permissions.contains({ origins: [want] }),
      scripts: (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.matches ?? []),
    }),
    pattern,
  );
  await page.close();
  return state;
}

describe('Clearsend on a site the user turns it on for (Chromium)', REPEATS, () => {
  // Each run starts from the user's grant: the test ends by giving it back.
  let session: Session | undefined;
  afterEach(() => session?.close());

  it('granted, Clearsend starts on the open page without a reload; Remove takes the script, and the permission once no preset needs it', async () => {
    // The request up to the browser's prompt is components/user-sites/check-site-button.test.tsx: headless
    // Chromium cannot answer the prompt, and cannot even show the popup an ungranted tab's address.
    session = await launchWithExtension({
      grantOrigins: EDITOR_ORIGINS,
      serve: (url) => (url.href === PRESET_URL ? PRESET_FILE : null),
    });
    const page = await session.openHost(PAGE.url);
    await typeLikeUser(page, EDITOR, ASK);
    const popup = await openPopupFor(session, page);
    await turnOn(popup);
    await waitForBadge(page, /^Clearsend: [2-9] suggestions/);
    await popup.close();
    expect(await browserState(session, PAGE.url)).toEqual({
      granted: true,
      scripts: [['https://intranet.example.com/*']],
    });
    // Registered, not injected once: a page opened now is checked too.
    const next = await session.openHost(PAGE.url);
    await typeLikeUser(next, EDITOR, ASK);
    await waitForBadge(next, /^Clearsend: [2-9] suggestions/);

    const options = await session.extensionPage('options.html');
    await options.getByLabel('Preset address (https)').fill(PRESET_URL);
    await options.getByRole('button', { name: 'Check', exact: true }).click();
    await options.getByRole('button', { name: 'Subscribe and use it' }).click();
    await options.getByRole('button', { name: 'Unsubscribe' }).waitFor();
    // The site goes; the grant stays while the subscribed preset is fetched from that host.
    await options.getByRole('button', { name: 'Remove intranet.example.com' }).click();
    await options.getByText('None yet.', { exact: false }).waitFor();
    expect(await browserState(session, PAGE.url)).toEqual({ granted: true, scripts: [] });
    // Unsubscribing gives it back: nothing of Clearsend's uses it now.
    await options.getByRole('button', { name: 'Unsubscribe' }).click();
    await expect.poll(() => browserState(session!, PAGE.url)).toEqual({ granted: false, scripts: [] });
    await options.close();
    await page.close();
    await next.close();
    expect(session.offHostRequests).toEqual([]);
  });
});
