import type { Page } from 'puppeteer-core';
import type { HostTab, OverlayNode } from './types';

/**
 * Clearsend's badge and cards live in a closed shadow root. WebDriver BiDi serialises an element's shadow root,
 * closed ones included, and locates nodes by accessible role below it, so Firefox's own accessibility tree finds
 * them, as a screen reader would, with no test-only door in the product. Puppeteer has no public call for a locator
 * that starts at a shadow root, so this file reaches one level into its BiDi frame: the only such place.
 */
interface NodeValue {
  sharedId?: string;
  value?: { attributes?: Record<string, string>; shadowRoot?: NodeValue | null; mode?: 'open' | 'closed' };
}
interface BidiContext {
  locateNodes(locator: object, startNodes?: NodeValue[]): Promise<NodeValue[]>;
  defaultRealm: {
    callFunction(
      declaration: string,
      awaitPromise: boolean,
      options: { arguments: { sharedId: string }[] },
    ): Promise<{ type: 'success' | 'exception'; result?: { value?: unknown } }>;
  };
}

export function overlayOf(
  page: Page,
): Pick<HostTab, 'overlay' | 'pressOverlay' | 'panelText' | 'overlayRect'> {
  const context = () => (page.mainFrame() as unknown as { browsingContext: BidiContext }).browsingContext;

  const roots = async (): Promise<NodeValue[]> => {
    // Our host is a plain div with inline positioning and nothing else to know it by (lib/overlay/mount.ts): take
    // every closed shadow root under a styled div. The fixtures have no closed roots of their own.
    const hosts = await context().locateNodes({ type: 'css', value: 'div[style]' });
    return hosts
      .map((host) => host.value?.shadowRoot)
      .filter((root): root is NodeValue => !!root?.sharedId && root.value?.mode === 'closed');
  };
  const call = async (declaration: string, node: NodeValue): Promise<unknown> =>
    (
      await context().defaultRealm.callFunction(declaration, false, {
        arguments: [{ sharedId: node.sharedId! }],
      })
    ).result?.value;
  // The accessible name of our buttons and dialogs: their aria-label, else their text (none has aria-labelledby).
  const nameOf = async (node: NodeValue): Promise<string> =>
    node.value?.attributes?.['aria-label'] ??
    String((await call('(e) => e.textContent.replace(/\\s+/g, " ").trim()', node)) ?? '');

  const located = async (role: OverlayNode['role']) => {
    const found: { node: NodeValue; name: string }[] = [];
    for (const root of await roots()) {
      const nodes = await context().locateNodes({ type: 'accessibility', value: { role } }, [root]);
      for (const node of nodes) found.push({ node, name: await nameOf(node) });
    }
    return found;
  };

  return {
    async overlay() {
      const buttons = (await located('button')).map(({ name }) => ({ role: 'button' as const, name }));
      const dialogs = (await located('dialog')).map(({ name }) => ({ role: 'dialog' as const, name }));
      return [...buttons, ...dialogs];
    },
    async pressOverlay(name) {
      const button = (await located('button')).find((b) => b.name === name);
      if (!button) throw new Error(`no button named "${name}"`);
      const box = JSON.parse(
        String(
          await call(
            '(e) => { e.scrollIntoView({ block: "nearest" }); const r = e.getBoundingClientRect(); return JSON.stringify({ x: r.x + r.width / 2, y: r.y + r.height / 2 }); }',
            button.node,
          ),
        ),
      ) as { x: number; y: number };
      await page.mouse.click(box.x, box.y);
    },
    async overlayRect(role, name) {
      const found = (await located(role)).find((n) => n.name === name);
      if (!found) throw new Error(`no ${role} named "${name}"`);
      return JSON.parse(
        String(
          await call(
            '(e) => { const r = e.getBoundingClientRect(); return JSON.stringify({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }); }',
            found.node,
          ),
        ),
      );
    },
    async panelText() {
      const lines: string[] = [];
      for (const { node } of await located('dialog')) {
        const text = String((await call('(e) => e.innerText', node)) ?? '');
        lines.push(
          ...text
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
        );
      }
      return lines;
    },
  };
}
