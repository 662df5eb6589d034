import type { Rect } from './types';

// Functions run in the host page (both drivers pass them to their own `evaluate`), so they close over nothing.

export function rectOfSelector([selector, nth]: [string, number]): Rect {
  const element = document.querySelectorAll(selector)[nth];
  if (!element) throw new Error(`no element matches ${selector} (#${nth})`);
  const { left, top, right, bottom } = element.getBoundingClientRect();
  return { left, top, right, bottom };
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
