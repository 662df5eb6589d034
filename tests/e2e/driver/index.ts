import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, BrowserUnderTest } from './types';

/**
 * The browser the shared suites run in: Chromium unless CLEARSEND_BROWSER=firefox (vitest.e2e.firefox.config.ts
 * sets it). One suite, two drivers: nothing in a suite may know which one it got.
 */
export const BROWSER: BrowserName = process.env.CLEARSEND_BROWSER === 'firefox' ? 'firefox' : 'chromium';
export const BROWSER_LABEL = BROWSER === 'firefox' ? 'Firefox' : 'Chromium';

export function launchBrowser(): Promise<BrowserUnderTest> {
  return BROWSER === 'firefox' ? launchFirefox() : launchChromium();
}

export type { BrowserUnderTest, HostTab } from './types';
