import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
  contentDocument?: DomNode;
}

/**
 * Runs `functionDeclaration` in the page's world with every closed shadow root on the page as its arguments, and
 * returns its value. Clearsend's overlay lives in closed roots that neither the page nor Playwright's selectors can
 * reach (lib/overlay/mount.ts); the DevTools protocol sees them (DOM.getDocument with `pierce`), so a test can read
 * what is drawn there without any hook in the product. The function is a string: it is sent over the protocol.
 */
export async function inClosedRoots<T>(page: Page, functionDeclaration: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const roots = await closedRoots(cdp);
    if (roots.length === 0) throw new Error(`no closed shadow root on ${page.url()}: is the overlay drawn?`);
    const objects = await Promise.all(
      roots.map(async (backendNodeId) => {
        const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId })) as {
          object: { objectId: string };
        };
        return object.objectId;
      }),
    );
    const { result, exceptionDetails } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: objects[0],
      functionDeclaration,
      arguments: objects.map((objectId) => ({ objectId })),
      awaitPromise: true,
      returnByValue: true,
    })) as {
      result: { value: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (exceptionDetails)
      throw new Error(
        `in the closed roots: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
      );
    return result.value;
  } finally {
    await cdp.detach();
  }
}

async function closedRoots(cdp: CDPSession): Promise<number[]> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const found: number[] = [];
  const walk = (node: DomNode) => {
    for (const shadow of node.shadowRoots ?? []) {
      if (shadow.shadowRootType === 'closed') found.push(shadow.backendNodeId);
      walk(shadow);
    }
    node.children?.forEach(walk);
    if (node.contentDocument) walk(node.contentDocument);
  };
  walk(root);
  return found;
}

/** How the open panel is drawn now: its overlay's `data-theme`, and the panel's background and text colours. */
export interface PanelLook {
  theme: string;
  background: string;
  color: string;
}

export const panelLook = (page: Page): Promise<PanelLook | null> =>
  inClosedRoots<PanelLook | null>(
    page,
    `function (...roots) {
      const panel = roots.map((root) => root.querySelector('.cs .panel')).find(Boolean);
      if (!panel) return null;
      const { backgroundColor, color } = getComputedStyle(panel);
      return { theme: panel.closest('.cs').dataset.theme ?? '', background: backgroundColor, color };
    }`,
  );
