import {
  autoUpdate,
  computePosition,
  flip,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import type { Box } from './placement';

const GAP = 8;
const TALLEST = 440;
const SHORTEST = 160;

/** The smallest box around all of `boxes`; null for none. */
export function around(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  return {
    left: Math.min(...boxes.map((b) => b.left)),
    top: Math.min(...boxes.map((b) => b.top)),
    right: Math.max(...boxes.map((b) => b.right)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}

/**
 * What the panel must stay off: the part of the editor being written in and every marked word, as one
 * box that `@floating-ui/dom` places the panel beside. `contextElement` lets it follow the editor's scrolling.
 */
export function keepClearOf(editor: HTMLElement, boxes: () => Box[]): VirtualElement {
  return {
    contextElement: editor,
    getBoundingClientRect() {
      const box = around(boxes()) ?? editor.getBoundingClientRect();
      return DOMRect.fromRect({
        x: box.left,
        y: box.top,
        width: box.right - box.left,
        height: box.bottom - box.top,
      });
    },
  };
}

/**
 * Keeps the panel beside the text it talks about, never on it: right of it, else left, else below, else above
 * (Slack's composer spans the window, so there it opens above); shifted along that side to stay in view, and no
 * taller than the room there is. Follows scrolling, resizing and the text growing until the returned stop is called.
 */
export function followPanel(reference: VirtualElement, panel: HTMLElement): () => void {
  const update = () =>
    void computePosition(reference, panel, {
      strategy: 'fixed',
      placement: 'right-start',
      middleware: [
        offset(GAP),
        // Only the side matters for flipping: sliding along it (shift) keeps it in view the other way.
        flip({ crossAxis: false, fallbackPlacements: ['left-start', 'bottom-end', 'top-end'], padding: GAP }),
        shift({ padding: GAP }),
        size({
          padding: GAP,
          apply({ availableHeight, elements }) {
            const tallest = Math.max(SHORTEST, Math.min(TALLEST, Math.floor(availableHeight)));
            elements.floating.style.maxHeight = `${tallest}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      Object.assign(panel.style, { left: `${x}px`, top: `${y}px` });
    });
  return autoUpdate(reference, panel, update, { animationFrame: false });
}
