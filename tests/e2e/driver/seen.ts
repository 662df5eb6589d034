import type { HostTab, OverlayNode } from './types';

/** What the user sees of Clearsend on a host tab, through the accessibility tree, in either browser. */

const isBadge = (n: OverlayNode) => n.role === 'button' && n.name.startsWith('Clearsend:');

export async function badges(tab: HostTab): Promise<OverlayNode[]> {
  return (await tab.overlay()).filter(isBadge);
}

/** Polls the overlay until `check` holds, the way an assistive technology re-reads the tree. */
export async function waitForOverlay(
  tab: HostTab,
  check: (nodes: OverlayNode[]) => boolean,
  what: string,
  timeout = 5000,
): Promise<OverlayNode[]> {
  const until = Date.now() + timeout;
  for (;;) {
    const nodes = await tab.overlay();
    if (check(nodes)) return nodes;
    if (Date.now() > until)
      throw new Error(
        `Timed out waiting for ${what}; saw: ${nodes.map((n) => `${n.role} "${n.name}"`).join(', ')}`,
      );
    await tab.wait(50);
  }
}

/** Waits for a badge whose accessible name matches, e.g. /^Clearsend: 2 suggestions/. */
export async function waitForBadge(tab: HostTab, name: RegExp, timeout = 5000): Promise<OverlayNode> {
  const nodes = await waitForOverlay(
    tab,
    (all) => all.some((n) => isBadge(n) && name.test(n.name)),
    `a badge named ${name}`,
    timeout,
  );
  return nodes.find((n) => isBadge(n) && name.test(n.name))!;
}

/** Waits until no badge matches (e.g. after pausing). */
export async function waitForNoBadge(
  tab: HostTab,
  name: RegExp = /^Clearsend:/,
  timeout = 5000,
): Promise<void> {
  await waitForOverlay(
    tab,
    (all) => !all.some((n) => isBadge(n) && name.test(n.name)),
    `no badge named ${name}`,
    timeout,
  );
}

export async function totalMarks(tab: HostTab): Promise<number> {
  return Object.values(await tab.markCounts()).reduce((a, b) => a + b, 0);
}

/** Clicks a badge and waits for its panel; returns the panel's visible text, line by line. */
export async function openPanel(tab: HostTab, badge: OverlayNode): Promise<string[]> {
  await tab.pressOverlay(badge.name);
  await waitForOverlay(
    tab,
    (all) => all.some((n) => n.role === 'dialog' && n.name === 'Clearsend suggestions'),
    'the suggestions panel',
  );
  return tab.panelText();
}

/** Presses a button of the panel by its accessible name; returns that name. */
export async function press(tab: HostTab, name: RegExp): Promise<string> {
  const nodes = await waitForOverlay(
    tab,
    (all) => all.some((n) => n.role === 'button' && name.test(n.name)),
    `a button named ${name}`,
  );
  const button = nodes.find((n) => n.role === 'button' && name.test(n.name))!;
  await tab.pressOverlay(button.name);
  return button.name;
}
