import { browser } from 'wxt/browser';

export const HIGHLIGHT_NAME = 'clearsend-review';
const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffe066; color: #1a1a1a; }`;

/**
 * Runs inside the reviewed page (serialised by `scripting.executeScript`, so it uses nothing from outside its
 * own body). Finds `needle` in the page's text with whitespace collapsed as the extraction did, falling back to
 * the block's text, scrolls to it and marks it for a few seconds with the CSS Highlight API: no DOM is changed.
 */
export function jumpToText(needle: string, fallback: string, highlightName: string): boolean {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, noscript, template')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let flat = '';
  const positions: [Node, number][] = [];
  let lastWasSpace = true;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    for (let index = 0; index < value.length; index++) {
      const space = /\s/.test(value[index] ?? '');
      if (space && lastWasSpace) continue;
      flat += space ? ' ' : value[index];
      positions.push([node, index]);
      lastWasSpace = space;
    }
  }
  const candidates = [needle, fallback, needle.slice(0, 60)].map((text) => text.replace(/\s+/g, ' ').trim());
  for (const candidate of candidates) {
    const at = candidate ? flat.indexOf(candidate) : -1;
    const first = positions[at];
    const last = positions[at + candidate.length - 1];
    if (at < 0 || !first || !last) continue;
    const range = document.createRange();
    range.setStart(first[0], first[1]);
    range.setEnd(last[0], last[1] + 1);
    first[0].parentElement?.scrollIntoView({ block: 'center' });
    if (typeof Highlight === 'function' && 'highlights' in CSS) {
      const highlight = new Highlight(range);
      CSS.highlights.set(highlightName, highlight);
      setTimeout(() => {
        if (CSS.highlights.get(highlightName) === highlight) CSS.highlights.delete(highlightName);
      }, 4000);
    }
    return true;
  }
  return false;
}

export type JumpOutcome = 'found' | 'not-found' | 'tab-gone';

/** Brings the reviewed tab to the front and scrolls it to the ask; says so when the page changed or closed. */
export async function jumpInTab(tabId: number, needle: string, block: string): Promise<JumpOutcome> {
  try {
    const tab = await browser.tabs.update(tabId, { active: true });
    if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
    await browser.scripting.insertCSS({ target: { tabId }, css: HIGHLIGHT_CSS });
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: jumpToText,
      args: [needle, block, HIGHLIGHT_NAME],
    });
    return result?.result === true ? 'found' : 'not-found';
  } catch {
    // The tab was closed, or it navigated away and the one-time access from the click is gone.
    return 'tab-gone';
  }
}
