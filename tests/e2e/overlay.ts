import type { Page } from 'playwright-core';
import { type AxNode, axNodes, clickAx, waitForAx } from './ax';
import { countMarks } from './driver/page-geometry';

/** Helpers that look at Clearsend's overlay the way a user (or a screen reader) does. */

const isBadge = (n: AxNode) => n.role === 'button' && n.name.startsWith('Clearsend:');

export async function badges(page: Page): Promise<AxNode[]> {
  return (await axNodes(page)).filter(isBadge);
}

/** Waits for a badge whose accessible name matches, e.g. /^Clearsend: 2 suggestions/. */
export async function waitForBadge(page: Page, name: RegExp, timeout = 5000): Promise<AxNode> {
  const nodes = await waitForAx(page, (all) => all.some((n) => isBadge(n) && name.test(n.name)), {
    timeout,
    what: `a badge named ${name}`,
  });
  return nodes.find((n) => isBadge(n) && name.test(n.name))!;
}

/** Waits until no badge matches (e.g. after pausing, or once a finding is fixed). */
export async function waitForNoBadge(
  page: Page,
  name: RegExp = /^Clearsend:/,
  timeout = 5000,
): Promise<void> {
  await waitForAx(page, (all) => !all.some((n) => isBadge(n) && name.test(n.name)), {
    timeout,
    what: `no badge named ${name}`,
  });
}

/** How many ranges are marked per severity, from the document's highlight registry (what the page paints). */
export async function markCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(countMarks);
}

export async function totalMarks(page: Page): Promise<number> {
  return Object.values(await markCounts(page)).reduce((a, b) => a + b, 0);
}

/** Clicks a badge and waits for its panel; returns the panel's visible text, line by line. */
export async function openPanel(page: Page, badge: AxNode): Promise<string[]> {
  await clickAx(page, badge);
  await waitForAx(page, (all) => all.some((n) => n.role === 'dialog' && n.name === 'Clearsend suggestions'), {
    what: 'the suggestions panel',
  });
  return panelText(page);
}

export async function panelText(page: Page): Promise<string[]> {
  return (await axNodes(page)).filter((n) => n.role === 'StaticText' && n.name.trim()).map((n) => n.name);
}

/** Presses a button of the panel by its accessible name. */
export async function press(page: Page, name: RegExp): Promise<string> {
  const nodes = await waitForAx(page, (all) => all.some((n) => n.role === 'button' && name.test(n.name)), {
    what: `a button named ${name}`,
  });
  const button = nodes.find((n) => n.role === 'button' && name.test(n.name))!;
  await clickAx(page, button);
  return button.name;
}
