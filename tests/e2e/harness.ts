import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { chromiumPath, QUIET_FLAGS } from './chromium';
import { buildCopy } from './driver/build-copy';
import { closedNetwork } from './driver/closed-network';
import { grantOrigins } from './grant-origins';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface Session {
  context: BrowserContext;
  extensionId: string;
  /** Every request that was not for a fixture page: the product makes none, so tests expect this empty. */
  offHostRequests: string[];
  /** Uncaught errors in any page, as "url: message": Clearsend must never throw into a host's console. */
  pageErrors: string[];
  profileDir: string;
  extensionPage(path: string): Promise<Page>;
  openHost(url: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile (e.g. to check data survives a restart); a fresh one is made otherwise. */
  profileDir?: string;
  /** Extra fixtures for URLs the host fixtures don't cover (e.g. an article page at an https URL). */
  serve?: (url: URL) => string | null;
  /** Show the browser window (the demo); tests run headless. */
  headed?: boolean;
  /** The same browser and fixtures with no extension: the baseline benchmarks compare against. */
  withoutExtension?: boolean;
  /**
   * Origins the user has granted Clearsend at the permission prompt (README § granted origins). Headless
   * Chromium cannot click the prompt, so they are written where the browser keeps such answers (see
   * grant-origins.ts) before the browser starts: the popup's request then resolves at once, and everything after
   * it — and taking the permission back — is the product's own path on a browser-granted optional permission.
   */
  grantOrigins?: readonly string[];
}

/** Starts Debian's Chromium with the built extension unpacked in a fresh profile, hosts served from fixtures. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<Session> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium found: install it with `apt-get install -y chromium`.');
  const ownProfile = !options.profileDir;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'clearsend-profile-'));
  if (options.grantOrigins?.length && !options.withoutExtension) {
    // The extension must be installed in the profile before a grant can be written to its settings.
    const first = await launchWithExtension({ profileDir });
    const id = first.extensionId;
    await first.close();
    grantOrigins(profileDir, id, options.grantOrigins);
  }
  const extensionArgs = options.withoutExtension
    ? []
    : [
        `--disable-extensions-except=${buildCopy(EXTENSION_DIR)}`,
        `--load-extension=${buildCopy(EXTENSION_DIR)}`,
      ];
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: !options.headed,
    args: [...QUIET_FLAGS, ...extensionArgs],
  });
  const pageErrors: string[] = [];
  const watchErrors = (page: Page) =>
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  context.pages().forEach(watchErrors);
  context.on('page', watchErrors);
  let extensionId = '';
  // The extension's own pages and scripts load from the package on disk: not a network request.
  const network = closedNetwork(
    (url) => url.protocol === 'chrome-extension:' && url.host === extensionId,
    options.serve,
  );
  await context.route('**/*', async (route) => {
    const answer = network.answer(new URL(route.request().url()));
    if (answer.kind === 'load') return route.continue();
    if (answer.kind === 'abort') return route.abort('blockedbyclient');
    return route.fulfill({ status: 200, contentType: answer.contentType, body: answer.body });
  });
  if (!options.withoutExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }

  return {
    context,
    extensionId,
    offHostRequests: network.offHost,
    pageErrors,
    profileDir,
    async extensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async openHost(url) {
      const page = await context.newPage();
      await page.goto(url);
      // The welcome page opens on install and may come up over this one; the user looks at what they type in.
      await page.bringToFront();
      return page;
    },
    async close() {
      await context.close();
      if (ownProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

export interface TypeOptions {
  /** What a line break is typed as: Slack sends on Enter, so multi-line drafts there use Shift+Enter. */
  newline?: 'Enter' | 'Shift+Enter';
  /** Milliseconds between keys, as a person types. */
  delay?: number;
  /** Where in the editor to click, from its top left, when its centre is under something else (a docked compose). */
  at?: { x: number; y: number };
}

/** Clicks into an editor and types with real key events, the way a person does, line by line. */
export async function typeLikeUser(
  page: Page,
  target: string | Locator,
  text: string,
  { newline = 'Enter', delay = 2, at }: TypeOptions = {},
): Promise<void> {
  const locator = typeof target === 'string' ? page.locator(target).first() : target;
  await locator.click(at ? { position: at } : {});
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press(newline);
    if (line) await page.keyboard.type(line, { delay });
  }
}

/**
 * No retries: a test that fails once fails the run. `npm test` runs each test once, to keep the whole suite well
 * inside CI's time; CLEARSEND_E2E_REPEATS=N runs each N more times in a row, to hunt a flaky one before it lands
 * (`CLEARSEND_E2E_REPEATS=1 npm run test:e2e` is the stress run: every test twice).
 */
export const REPEATS = { repeats: Number(process.env.CLEARSEND_E2E_REPEATS ?? 0) } as const;
