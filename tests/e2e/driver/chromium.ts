import type { Page } from 'playwright-core';
import { axNodes, clickAx } from '../ax';
import { type LaunchOptions, launchWithExtension, type Session } from '../harness';
import { openPopupFor } from '../popup';
import { countMarks, rectOfSelector, rectsOfMarks, scrollElementBy, viewportSize } from './page-geometry';
import type { BrowserUnderTest, ExtensionTab, HostTab, OverlayNode } from './types';

/** Debian's Chromium with the built MV3 extension, driven by Playwright; the overlay read over the DevTools protocol. */
export async function launchChromium(
  options: LaunchOptions = {},
): Promise<BrowserUnderTest & { session: Session }> {
  const session = await launchWithExtension(options);
  const tabs = new WeakMap<HostTab, Page>();
  return {
    name: 'chromium',
    label: 'Chromium',
    session,
    offHostRequests: session.offHostRequests,
    pageErrors: session.pageErrors,
    async openHost(url) {
      const page = await session.openHost(url);
      const tab = hostTab(page);
      tabs.set(tab, page);
      return tab;
    },
    async openPopupFor(tab) {
      const page = tabs.get(tab);
      if (!page) throw new Error('not a tab of this browser');
      return extensionTab(await openPopupFor(session, page));
    },
    openExtensionPage: async (path) => extensionTab(await session.extensionPage(path)),
    close: () => session.close(),
  };
}

export function hostTab(page: Page): HostTab {
  const first = (selector: string, nth = 0) => page.locator(selector).nth(nth);
  return {
    url: () => page.url(),
    async type(selector, text, { newline = 'Enter', nth = 0, at } = {}) {
      await first(selector, nth).click(at ? { position: at } : {});
      for (const [index, line] of text.split('\n').entries()) {
        if (index > 0) await page.keyboard.press(newline);
        if (line) await page.keyboard.type(line, { delay: 2 });
      }
    },
    press: (keys) => page.keyboard.press(keys),
    typeHere: (text) => page.keyboard.type(text, { delay: 2 }),
    click: (selector, nth) => first(selector, nth).click(),
    clickAt: (x, y) => page.mouse.click(x, y),
    resize: (width, height) => page.setViewportSize({ width, height }),
    focus: (selector) => first(selector).focus(),
    count: (selector) => page.locator(selector).count(),
    attribute: (selector, name) => first(selector).getAttribute(name),
    isVisible: (selector) => first(selector).isVisible(),
    evaluate: (fn) => page.evaluate(fn),
    async overlay() {
      // Chromium's whole accessibility tree: only our overlay's buttons are named "Clearsend…" or sit in our dialog.
      const nodes = await axNodes(page);
      return nodes
        .filter((n) => n.role === 'button' || n.role === 'dialog')
        .map((n): OverlayNode => ({ role: n.role as OverlayNode['role'], name: n.name }));
    },
    async pressOverlay(name) {
      const node = (await axNodes(page)).find((n) => n.role === 'button' && n.name === name);
      if (!node) throw new Error(`no button named "${name}"`);
      await clickAx(page, node);
    },
    async overlayRect(role, name) {
      const node = (await axNodes(page)).find((n) => n.role === role && n.name === name);
      if (node?.backendNodeId === undefined) throw new Error(`no ${role} named "${name}"`);
      const cdp = await page.context().newCDPSession(page);
      try {
        await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
        const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as {
          model: { border: number[] };
        };
        const xs = model.border.filter((_, i) => i % 2 === 0);
        const ys = model.border.filter((_, i) => i % 2 === 1);
        return {
          left: Math.min(...xs),
          top: Math.min(...ys),
          right: Math.max(...xs),
          bottom: Math.max(...ys),
        };
      } finally {
        await cdp.detach();
      }
    },
    rect: (selector, nth = 0) => page.evaluate(rectOfSelector, [selector, nth] as [string, number]),
    markRects: () => page.evaluate(rectsOfMarks),
    scrollBy: (selector, dy) => page.evaluate(scrollElementBy, [selector, dy] as [string, number]),
    viewport: () => page.evaluate(viewportSize),
    async panelText() {
      return (await axNodes(page)).filter((n) => n.role === 'StaticText' && n.name.trim()).map((n) => n.name);
    },
    markCounts: () => page.evaluate(countMarks),
    wait: (ms) => page.waitForTimeout(ms),
    close: () => page.close(),
  };
}

function extensionTab(page: Page): ExtensionTab {
  return {
    async setChecked(label, checked) {
      const box = page.getByLabel(label);
      if (checked) await box.check();
      else await box.uncheck();
    },
    pressButton: (name) => page.getByRole('button', { name, exact: true }).click(),
    async text(selector) {
      const element = page.locator(selector).first();
      await element.waitFor();
      return (await element.textContent()) ?? '';
    },
    texts: (selector) => page.locator(selector).allTextContents(),
    chooseFiles: (selector, paths) => page.locator(selector).setInputFiles(paths),
    close: () => page.close(),
  };
}
