/** Rectangles in viewport pixels (the shape of a DOMRect, so `getBoundingClientRect()` results fit). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export function intersect(a: Box, b: Box): Box | null {
  const box = {
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  };
  return box.right > box.left && box.bottom > box.top ? box : null;
}

/**
 * The badge sits in the bottom-right corner of the part of the editor that can be seen (see `uncoveredPart`).
 * The editor holds only the writer's text, never one of the host's buttons, so the badge cannot cover Send, the
 * toolbar or a close button however the host lays out the compose area around it. Null when too little is visible.
 */
export function placeBadge(visible: Box | null, badge: Size, inset = 6): Point | null {
  if (!visible) return null;
  if (visible.right - visible.left < badge.width + inset * 2) return null;
  // A one-line frame (a Notion paragraph) is barely taller than the badge: keep it inside, at the top if need be.
  if (visible.bottom - visible.top < badge.height) return null;
  return {
    x: visible.right - badge.width - inset,
    y: Math.max(visible.top, visible.bottom - badge.height - inset),
  };
}

/**
 * The part of `visible` that is not under another part of the page: a Gmail compose window docked over an inline
 * reply covers the reply's right-hand side, and a badge drawn there would sit on the other window, saying the
 * wrong thing about it. `probe` gives the point to test (where the badge would go); what covers it is cut off,
 * from the right or from below. `ours` (our own element, the badge's) is looked through. Null when nothing is left.
 */
export function uncoveredPart(
  doc: Document,
  visible: Box | null,
  probe: (box: Box) => Point | null,
  own: Element,
  ours: Element,
): Box | null {
  if (typeof doc.elementsFromPoint !== 'function') return visible;
  let box = visible;
  for (let cuts = 0; box && cuts < 3; cuts++) {
    const point = probe(box);
    if (!point) return null;
    const top = doc.elementsFromPoint(point.x, point.y).find((element) => element !== ours);
    if (!top || own.contains(top) || top.contains(own)) return box;
    let cover = top;
    while (cover.parentElement && !cover.parentElement.contains(own)) cover = cover.parentElement;
    const over = cover.getBoundingClientRect();
    if (over.left > box.left) box = { ...box, right: Math.min(box.right, over.left) };
    else if (over.top > box.top) box = { ...box, bottom: Math.min(box.bottom, over.top) };
    else return null;
  }
  return null;
}

/** Ancestors whose overflow clips the editor: the visible part of the editor is inside all of them. */
export function clippingAncestors(editor: HTMLElement): HTMLElement[] {
  const clips: HTMLElement[] = [];
  for (let node = editor.parentElement; node; node = node.parentElement) {
    if (node === editor.ownerDocument.body || node === editor.ownerDocument.documentElement) break;
    if (clipsOverflow(node)) clips.push(node);
  }
  return clips;
}

/**
 * What clips the editor's own text: its clipping ancestors and, when it scrolls its own content (a Quill editor is
 * `overflow-y: auto`), the editor itself. A word scrolled out of any of them is not on screen, however near it is.
 */
export function textClips(editor: HTMLElement): HTMLElement[] {
  return clipsOverflow(editor) ? [editor, ...clippingAncestors(editor)] : clippingAncestors(editor);
}

function clipsOverflow(element: HTMLElement): boolean {
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  // An engine without layout (happy-dom) leaves overflow empty: nothing clips there.
  const clips = (overflow = '') => overflow !== '' && overflow !== 'visible';
  return !!style && (clips(style.overflowX) || clips(style.overflowY));
}

/** The part of `box` inside the viewport and inside every one of `clips`; null when none of it is. */
export function shownPart(box: Box, view: Window, clips: readonly HTMLElement[]): Box | null {
  let part = intersect(box, { left: 0, top: 0, right: view.innerWidth, bottom: view.innerHeight });
  for (const clip of clips) part = part && intersect(part, clip.getBoundingClientRect());
  return part;
}

export function visiblePart(editor: HTMLElement, clips: readonly HTMLElement[]): Box | null {
  const view = editor.ownerDocument.defaultView;
  if (!view || !editor.isConnected) return null;
  return shownPart(editor.getBoundingClientRect(), view, clips);
}
