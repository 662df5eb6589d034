import type { Rect } from './types';

// Functions run in the host page (both drivers pass them to their own `evaluate`), so they close over nothing.

export function rectOfSelector([selector, nth]: [string, number]): Rect {
  const element = document.querySelectorAll(selector)[nth];
  if (!element) throw new Error(`no element matches ${selector} (#${nth})`);
  const { left, top, right, bottom } = element.getBoundingClientRect();
  return { left, top, right, bottom };
}

/**
 * Scrolls the first match of `selector` (the page itself for "window") by `dy` pixels, as the wheel or the scrollbar
 * moves it; resolves once the browser has told the page (its scroll event comes with the next frame, which a headless
 * browser may hold back for most of a second) and a frame has passed since. How far it really moved.
 */
export async function scrollElementBy([selector, dy]: [string, number]): Promise<number> {
  const element = selector === 'window' ? document.scrollingElement : document.querySelector(selector);
  if (!element) throw new Error(`no element matches ${selector}`);
  const target: EventTarget = selector === 'window' ? document : element;
  const told = new Promise((resolve) => target.addEventListener('scroll', resolve, { once: true }));
  const before = element.scrollTop;
  element.scrollTop = before + dy;
  // Whole pixels: Firefox reports a scroll of 30 as 30.000003.
  const moved = Math.round(element.scrollTop - before);
  if (moved !== 0) await told;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return moved;
}

export function rectsOfMarks(): Rect[] {
  const rects: Rect[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('clearsend')) return;
    highlight.forEach((range) => {
      for (const { left, top, right, bottom } of (range as Range).getClientRects())
        if (right > left) rects.push({ left, top, right, bottom });
    });
  });
  return rects;
}

export function viewportSize(): { width: number; height: number } {
  return { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
}

/** How many ranges are marked per severity, from the document's highlight registry (what the page paints). */
export function countMarks(): Record<string, number> {
  const counts: Record<string, number> = {};
  CSS.highlights.forEach((highlight, name) => {
    if (name.startsWith('clearsend')) counts[name] = highlight.size;
  });
  return counts;
}
