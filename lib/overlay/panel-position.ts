import {
  autoUpdate,
  computePosition,
  flip,
  hide,
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
 * What the panel must stay off: the part of the box being written in and every marked word that can be seen, as
 * one box that `@floating-ui/dom` places the panel beside. `contextElement` lets it follow the editor's scrolling.
 * When none of it can be seen (the box scrolled out of its scroller or the window), the box's own frame stands in:
 * it lies outside what clips it, so `followPanel` hides the panel instead of leaving it over the page.
 */
export function keepClearOf(editor: HTMLElement, boxes: () => Box[], frame: () => Element): VirtualElement {
  return {
    contextElement: editor,
    getBoundingClientRect() {
      const box = around(boxes()) ?? frame().getBoundingClientRect();
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
 * taller than the room there is. Follows scrolling, resizing and the text growing until the returned stop is called;
 * hidden while what it is placed beside is scrolled out of sight (a Grammarly card goes with its word), shown again
 * when it comes back.
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
        hide({ strategy: 'referenceHidden' }),
      ],
    }).then(({ x, y, middlewareData }) => {
      const away = !!middlewareData.hide?.referenceHidden;
      Object.assign(panel.style, { left: `${x}px`, top: `${y}px`, visibility: away ? 'hidden' : '' });
    });
  const stop = autoUpdate(reference, panel, update, { animationFrame: false });
  // autoUpdate follows the scrolling of the editor's ancestors; a Quill editor also scrolls its own lines, and the
  // marked words that move with them are part of the reference.
  const editor = reference.contextElement;
  editor?.addEventListener('scroll', update, { passive: true });
  return () => {
    stop();
    editor?.removeEventListener('scroll', update);
  };
}
