import type { Mark } from './marks';
import type { Point } from './placement';

// A very long draft can have thousands of line boxes; past this the marks stop being useful anyway.
const MAX_BOXES = 400;

/**
 * Where the Custom Highlight API is missing: one underline box per line of each range, drawn in our own
 * shadow root (never in the editor), `pointer-events: none` so clicks reach the text beneath.
 * `origin` is where the overlay's own layer actually sits in the viewport.
 */
export function drawFallbackMarks(layer: HTMLElement, marks: readonly Mark[], origin: Point): void {
  const doc = layer.ownerDocument;
  const boxes: HTMLElement[] = [];
  for (const { range, severity } of marks) {
    for (const rect of range.getClientRects()) {
      if (boxes.length >= MAX_BOXES) break;
      if (rect.width === 0 || rect.height === 0) continue;
      const box = doc.createElement('div');
      box.className = `mark mark-${severity}`;
      box.style.left = `${rect.left - origin.x}px`;
      box.style.top = `${rect.top - origin.y}px`;
      box.style.width = `${rect.width}px`;
      box.style.height = `${rect.height}px`;
      boxes.push(box);
    }
  }
  layer.replaceChildren(...boxes);
}
