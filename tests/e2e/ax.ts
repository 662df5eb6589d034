import type { Page } from 'playwright-core';

/**
 * Clearsend's badge and cards live in a closed shadow root, out of reach of the host page and of Playwright's
 * locators alike. The browser's accessibility tree still sees them — as a screen reader user would — so tests
 * find and press them through it (Chrome DevTools Protocol), never through a test-only door in the product.
 */
export interface AxNode {
  role: string;
  name: string;
  backendNodeId?: number;
  focused: boolean;
}

interface RawAxNode {
  ignored?: boolean;
  role?: { value?: string };
  name?: { value?: string };
  backendDOMNodeId?: number;
  properties?: { name: string; value: { value?: unknown } }[];
}

export async function axNodes(page: Page): Promise<AxNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: RawAxNode[] };
    return nodes
      .filter((node) => !node.ignored)
      .map((node) => ({
        role: String(node.role?.value ?? ''),
        name: String(node.name?.value ?? ''),
        backendNodeId: node.backendDOMNodeId,
        focused: !!node.properties?.some((p) => p.name === 'focused' && p.value.value === true),
      }));
  } finally {
    await cdp.detach();
  }
}

/** Every Clearsend badge on the page, by its accessible name ("Clearsend: 2 suggestions"). */
export async function badgeNames(page: Page): Promise<string[]> {
  return (await axNodes(page))
    .filter((n) => n.role === 'button' && n.name.startsWith('Clearsend:'))
    .map((n) => n.name);
}

/** Waits until `check` holds for the accessibility tree, polling it the way an assistive technology would. */
export async function waitForAx(
  page: Page,
  check: (nodes: AxNode[]) => boolean,
  { timeout = 5000, what = 'the accessibility tree to match' } = {},
): Promise<AxNode[]> {
  const until = Date.now() + timeout;
  for (;;) {
    const nodes = await axNodes(page);
    if (check(nodes)) return nodes;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}; saw: ${describe(nodes)}`);
    await page.waitForTimeout(50);
  }
}

function describe(nodes: AxNode[]): string {
  return nodes
    .filter((n) => n.name && ['button', 'heading', 'listitem', 'StaticText', 'status'].includes(n.role))
    .map((n) => `${n.role} "${n.name}"`)
    .slice(0, 40)
    .join(', ');
}

/** Clicks the centre of an element found in the accessibility tree, with the real mouse. */
export async function clickAx(page: Page, node: AxNode): Promise<void> {
  if (node.backendNodeId === undefined) throw new Error(`"${node.name}" has no DOM node to click`);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node.backendNodeId });
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as {
      model: { content: number[] };
    };
    const xs = [model.content[0], model.content[2], model.content[4], model.content[6]] as number[];
    const ys = [model.content[1], model.content[3], model.content[5], model.content[7]] as number[];
    await page.mouse.click((Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2);
  } finally {
    await cdp.detach();
  }
}
