import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type KeyInput, type Page } from 'puppeteer-core';
import { buildCopy } from './build-copy';
import { closedNetwork } from './closed-network';
import { overlayOf } from './firefox-overlay';
import { countMarks, rectOfSelector, rectsOfMarks, scrollElementBy, viewportSize } from './page-geometry';
import type { BrowserUnderTest, ExtensionTab, HostTab } from './types';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv2');
/** The add-on id from wxt.config.ts; its moz-extension:// host is pinned below so tests can open its pages. */
const ADDON_ID = 'clearsend@clearsend.app';
const ADDON_UUID = '6b1c3f0e-8d2a-4c4e-9f1a-3c5d7e9a0b12';

/** The little of the WebExtension API the tests call inside the add-on's own page. */
interface ExtensionApi {
  tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
}

/** Debian's Firefox ESR, or the one FIREFOX_PATH names. */
export function firefoxPath(): string | null {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((path): path is string => !!path && existsSync(path)) ?? null;
}

/**
 * A fresh profile that reaches for nothing on a closed network: no updates, no Safe Browsing lists, no telemetry,
 * no captive-portal or connectivity probes, no add-on metadata. Whatever the browser still tries goes to a dead
 * proxy; the pages' own requests never get that far (they are answered or aborted by interception first).
 */
const QUIET_PREFS: Record<string, unknown> = {
  'app.update.enabled': false,
  'app.update.auto': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
  'extensions.blocklist.enabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'services.settings.server': 'data:,',
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '',
  // The add-on's pages get a known address (moz-extension://<uuid>/), so the popup can be opened as a page.
  'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
};

/** Firefox ESR with the built MV2 add-on installed temporarily, driven over WebDriver BiDi by Puppeteer. */
export async function launchFirefox(): Promise<BrowserUnderTest> {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('No Firefox found: install it with `apt-get install -y firefox-esr`.');
  const profileDir = mkdtempSync(join(tmpdir(), 'clearsend-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir: profileDir,
    extraPrefsFirefox: QUIET_PREFS,
    // Playwright's default window in Chromium, so a layout (a docked compose over a reply) is the same in both.
    defaultViewport: { width: 1280, height: 720 },
    // Since Firefox 153, WebDriver may navigate a tab to moz-extension:// (the popup as a page) only with this.
    args: ['--remote-allow-system-access'],
  });
  const pageErrors: string[] = [];
  // installExtension needs an absolute path; a copy, so a rebuild while tests run cannot pull files away.
  await browser.installExtension(buildCopy(FIREFOX_EXTENSION_DIR));
  // The add-on's own pages and scripts load from the package; data: URLs never touch the network.
  const network = closedNetwork((url) => url.protocol === 'moz-extension:' || url.protocol === 'data:');

  const newPage = async () => {
    const page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${(error as Error).message}`));
    await answerFrom(network, page);
    return page;
  };
  const pages = new WeakMap<HostTab, Page>();

  return {
    name: 'firefox',
    label: 'Firefox',
    offHostRequests: network.offHost,
    pageErrors,
    async openHost(url) {
      const page = await newPage();
      await page.goto(url);
      // The welcome page opens on install and may come up over this one; the user looks at what they type in.
      await page.bringToFront();
      const tab = hostTab(page);
      pages.set(tab, page);
      return tab;
    },
    async openPopupFor(tab) {
      // A test cannot click the toolbar, so the popup opens as a page told which tab it is about (`?tab=`).
      const page = await newPage();
      await openExtensionPage(page, '/popup.html');
      const want = tab.url();
      const tabId = await page.evaluate(async (url) => {
        const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
        return (await api.tabs.query({})).find((t) => t.url === url)?.id;
      }, want);
      if (tabId === undefined) throw new Error(`No tab shows ${want}`);
      await openExtensionPage(page, `/popup.html?tab=${tabId}`);
      return extensionTab(page);
    },
    async openExtensionPage(path) {
      const page = await newPage();
      await openExtensionPage(page, `/${path}`);
      await page.bringToFront();
      return extensionTab(page);
    },
    async close() {
      await closeQuietly(browser);
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * Loads one of the add-on's pages in `page`. Firefox loads it but never reports the navigation done over BiDi (the
 * command would wait out its timeout), so the navigation is not awaited: the page's own URL and readyState are.
 */
async function openExtensionPage(page: Page, path: string): Promise<void> {
  const url = `moz-extension://${ADDON_UUID}${path}`;
  void page.goto(url).catch(() => undefined);
  // While the document is being replaced an evaluation can land in the dying one and fail: that is "not loaded yet".
  const until = Date.now() + 10_000;
  for (;;) {
    const loaded = await page
      .evaluate((want) => location.href === want && document.readyState === 'complete', url)
      .catch(() => false);
    if (loaded) return;
    if (Date.now() > until) throw new Error(`${url} did not load`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Answers every request of `page` through BiDi interception, as the closed network says. */
async function answerFrom(network: ReturnType<typeof closedNetwork>, page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const answer = network.answer(new URL(request.url()));
    if (answer.kind === 'load') return void request.continue();
    if (answer.kind === 'abort') return void request.abort('blockedbyclient');
    void request.respond({ status: 200, contentType: answer.contentType, body: answer.body });
  });
}

function hostTab(page: Page): HostTab {
  const nth = async (selector: string, index = 0) => {
    const handles = await page.$$(selector);
    const handle = handles[index];
    if (!handle) throw new Error(`no element ${index} for ${selector}`);
    return handle;
  };
  const tab: HostTab = {
    url: () => page.url(),
    async type(selector, text, { newline = 'Enter', nth: index = 0, at } = {}) {
      // Keys go to the tab in front, as they do for a person: a popup opened as a page may have come up over it.
      await page.bringToFront();
      const handle = await nth(selector, index);
      if (at) {
        await handle.scrollIntoView();
        const box = await handle.boundingBox();
        if (!box) throw new Error(`${selector} is not on screen`);
        await page.mouse.click(box.x + at.x, box.y + at.y);
      } else await handle.click();
      for (const [lineIndex, line] of text.split('\n').entries()) {
        if (lineIndex > 0) await tab.press(newline);
        if (line) await page.keyboard.type(line, { delay: 2 });
      }
    },
    typeHere: (text) => page.keyboard.type(text, { delay: 2 }),
    async press(keys) {
      const parts = keys.split('+') as KeyInput[];
      const key = parts.pop()!;
      for (const modifier of parts) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of parts.reverse()) await page.keyboard.up(modifier);
    },
    click: async (selector, index) => (await nth(selector, index)).click(),
    resize: (width, height) => page.setViewport({ width, height }),
    async clickAt(x, y) {
      await page.bringToFront();
      await page.mouse.click(x, y);
    },
    focus: async (selector) => (await nth(selector)).focus(),
    count: async (selector) => (await page.$$(selector)).length,
    attribute: (selector, name) =>
      page.evaluate((s, n) => document.querySelector(s)?.getAttribute(n) ?? null, selector, name),
    isVisible: async (selector) => (await page.$(selector))?.isVisible() ?? false,
    evaluate: (fn) => page.evaluate(fn),
    ...overlayOf(page),
    rect: (selector, nth = 0) => page.evaluate(rectOfSelector, [selector, nth] as [string, number]),
    markRects: () => page.evaluate(rectsOfMarks),
    scrollBy: (selector, dy) => page.evaluate(scrollElementBy, [selector, dy] as [string, number]),
    viewport: () => page.evaluate(viewportSize),
    markCounts: () => page.evaluate(countMarks),
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    close: () => page.close(),
  };
  return tab;
}

function extensionTab(page: Page): ExtensionTab {
  return {
    async setChecked(label, checked) {
      // The checkbox inside the <label> whose text is `label`, clicked as a user clicks it.
      const box = await page.waitForFunction(
        (text) =>
          [...document.querySelectorAll('label')]
            .find((l) => l.textContent?.trim() === text)
            ?.querySelector('input[type=checkbox]') ?? false,
        { polling: 50 },
        label,
      );
      const input = box.asElement() as ElementHandle<HTMLInputElement> | null;
      if (!input) throw new Error(`no checkbox labelled ${label}`);
      if ((await input.evaluate((e) => (e as HTMLInputElement).checked)) !== checked) await input.click();
      await page.waitForFunction(
        (e, want) => (e as HTMLInputElement).checked === want,
        { polling: 50 },
        input,
        checked,
      );
    },
    async pressButton(name) {
      const button = await page.waitForFunction(
        (text) =>
          [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text) ?? false,
        { polling: 50 },
        name,
      );
      await (button.asElement() as ElementHandle<HTMLButtonElement>).click();
    },
    async text(selector) {
      const element = await page.waitForSelector(selector);
      return (await element?.evaluate((e) => e.textContent)) ?? '';
    },
    texts: (selector) =>
      page.evaluate((s) => [...document.querySelectorAll(s)].map((e) => e.textContent ?? ''), selector),
    async chooseFiles(selector, paths) {
      const input = (await page.waitForSelector(selector)) as ElementHandle<HTMLInputElement> | null;
      if (!input) throw new Error(`no file input ${selector}`);
      await input.uploadFile(...paths);
    },
    close: () => page.close(),
  };
}

async function closeQuietly(browser: Browser): Promise<void> {
  await browser.close().catch(() => undefined);
}
