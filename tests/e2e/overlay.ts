import type { Page } from 'playwright-core';
import { hostTab } from './driver/chromium';
import * as seen from './driver/seen';
import type { OverlayNode } from './driver/types';

/**
 * `driver/seen.ts` for the Chromium-only files, which hold a Playwright page rather than a `HostTab`: what a user
 * (or a screen reader) sees of the overlay is read in one place for every test.
 */

export const badges = (page: Page): Promise<OverlayNode[]> => seen.badges(hostTab(page));

/** Waits for a badge whose accessible name matches, e.g. /^Clearsend: 2 suggestions/. */
export const waitForBadge = (page: Page, name: RegExp, timeout?: number): Promise<OverlayNode> =>
  seen.waitForBadge(hostTab(page), name, timeout);

/** How many ranges are marked per severity, from the document's highlight registry (what the page paints). */
export const markCounts = (page: Page): Promise<Record<string, number>> => hostTab(page).markCounts();

export const totalMarks = (page: Page): Promise<number> => seen.totalMarks(hostTab(page));

/** Clicks a badge and waits for its panel; returns the panel's visible text, line by line. */
export const openPanel = (page: Page, badge: OverlayNode): Promise<string[]> =>
  seen.openPanel(hostTab(page), badge);

export const panelText = (page: Page): Promise<string[]> => hostTab(page).panelText();

/** Presses a button of the panel by its accessible name; returns that name. */
export const press = (page: Page, name: RegExp): Promise<string> => seen.press(hostTab(page), name);

/** Waits until a button of the overlay has exactly this accessible name. */
export const waitForButton = (page: Page, name: string): Promise<unknown> =>
  seen.waitForOverlay(
    hostTab(page),
    (all) => all.some((n) => n.role === 'button' && n.name === name),
    `a button named "${name}"`,
  );
