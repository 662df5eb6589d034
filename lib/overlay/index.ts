import { h, render } from 'preact';
import { describeBadge } from './badge-state';
import { drawFallbackMarks } from './fallback-marks';
import { aboutRecipients, outlineField } from './field-findings';
import { findingAt } from './hit-test';
import { createHighlightMarks, type Mark, supportsHighlights } from './marks';
import { mountHost, originOf } from './mount';
import { followPanel, keepClearOf } from './panel-position';
import {
  type Box,
  clippingAncestors,
  placeBadge,
  shownPart,
  textClips,
  uncoveredPart,
  visiblePart,
} from './placement';
import { isPlainTab } from './tab-order';
import { onHostThemeChange, onSchemeChange, themeFor } from './theme';
import type { Overlay, OverlayActions, OverlayBox, OverlayState } from './types';
import { OverlayView } from './views/overlay-view';
import { OVERLAY_CSS } from './views/styles';

export type { Overlay, OverlayActions, OverlayBox, OverlayState } from './types';

const INERT: Overlay = { update() {}, openPanel() {}, togglePanel() {} };

/**
 * The overlay of one compose box: marks on the text, the badge, the panel of cards. Inert until `update`;
 * everything it added (element, highlights, listeners) is gone when `signal` aborts.
 */
export function createOverlay(box: OverlayBox, actions: OverlayActions, signal: AbortSignal): Overlay {
  if (signal.aborted) return INERT;
  const doc = box.editor.ownerDocument;
  const view = doc.defaultView;
  const { host, root, reattach } = mountHost(box.editor);
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  const markLayer = doc.createElement('div');
  markLayer.className = 'marks';
  markLayer.setAttribute('aria-hidden', 'true');
  const fieldOutline = doc.createElement('div');
  fieldOutline.className = 'field-outline';
  fieldOutline.setAttribute('aria-hidden', 'true');
  fieldOutline.hidden = true;
  const ui = doc.createElement('div');
  ui.className = 'cs';
  root.append(style, markLayer, fieldOutline, ui);

  const highlights = supportsHighlights() ? createHighlightMarks(doc) : null;
  let state: OverlayState = { status: 'checking', ranges: [], panelOnly: false };
  let open = false;
  let current = -1;
  let framed = box.editor;
  let clips = clippingAncestors(framed);
  let wordClips = textClips(box.editor);
  let frame = 0;
  let badgeSize = { width: 36, height: 24 };
  let following: { panel: HTMLElement; stop(): void } | undefined;
  // The text changed since `state` was drawn: the badge says "checking" until the next update.
  let typing = false;

  const marks = (): Mark[] => {
    if (state.status !== 'ready' || state.panelOnly || !state.report) return [];
    return state.report.findings.flatMap((finding, index) => {
      const range = state.ranges[index];
      return range ? [{ range, severity: finding.severity }] : [];
    });
  };
  const panel = () => ui.querySelector<HTMLElement>('#cs-panel');
  const cards = () => [...ui.querySelectorAll<HTMLElement>('.card')];
  const focusedCard = () => cards().findIndex((card) => card.contains(root.activeElement));

  function draw(): void {
    const hadFocus = !!panel()?.contains(root.activeElement);
    const cardAt = focusedCard();
    render(
      h(OverlayView, {
        state,
        current,
        open,
        badge: describeBadge(state, typing),
        actions,
        onBadge: togglePanel,
        onBadgeKey: handleBadgeKey,
        onClose: () => close(true),
        onJump: jumpTo,
        onKeyDown: handleKey,
      }),
      ui,
    );
    const shown = panel();
    if (shown && !isOpenPopover(shown) && typeof shown.showPopover === 'function') shown.showPopover();
    // A card that had focus can vanish (its fix applied, ignored); keep the keyboard user in the panel.
    if (hadFocus && !root.activeElement) (cards()[Math.min(cardAt, cards().length - 1)] ?? shown)?.focus();
    place();
  }

  function place(): void {
    if (signal.aborted) return;
    reattach();
    const origin = originOf(host);
    const badge = ui.querySelector<HTMLElement>('.badge');
    const inFrame = box.frame?.() ?? box.editor;
    if (inFrame !== framed) {
      framed = inFrame;
      clips = clippingAncestors(framed);
    }
    // A hidden badge measures 0: place it by its size when last shown, so it does not jump once it is measured again.
    if (badge?.offsetWidth) badgeSize = { width: badge.offsetWidth, height: badge.offsetHeight };
    const size = badgeSize;
    // One badge per box being written in: none on a box that holds no text (unless the writer just typed).
    const writing = typing || !state.empty;
    const center = (part: Box) => {
      const at = placeBadge(part, size);
      return at && { x: at.x + size.width / 2, y: at.y + size.height / 2 };
    };
    const spot = writing
      ? placeBadge(uncoveredPart(doc, visiblePart(framed, clips), center, box.anchor, host), size)
      : null;
    if (badge) {
      badge.hidden = !spot;
      if (spot) Object.assign(badge.style, { left: `${spot.x - origin.x}px`, top: `${spot.y - origin.y}px` });
    }
    if (!highlights) drawFallbackMarks(markLayer, marks(), origin);
    const toField = state.status === 'ready' && state.report?.findings.some(aboutRecipients);
    outlineField(fieldOutline, toField ? box.recipientField?.() : null, origin);
    follow(panel());
  }

  /** The panel's position is `@floating-ui/dom`'s, kept up to date by its autoUpdate while the panel is open. */
  function follow(shown: HTMLElement | null): void {
    if (shown === following?.panel) return;
    following?.stop();
    following = shown
      ? {
          panel: shown,
          stop: followPanel(
            keepClearOf(box.editor, clearOf, () => framed),
            shown,
          ),
        }
      : undefined;
  }

  /**
   * What the panel must not cover: the visible part of the box being written in, and each marked word that can be
   * seen. A word scrolled out of its scroller (under Notion's top bar, above a Slack composer's first line) is not on
   * screen, and the panel must not keep room for it.
   */
  function clearOf(): Box[] {
    if (!view) return [];
    const words = marks().flatMap(({ range }) => [...range.getClientRects()]);
    return [visiblePart(framed, clips), ...words.map((rect) => shownPart(rect, view, wordClips))].filter(
      (part): part is Box => !!part,
    );
  }

  function applyTheme(): void {
    const theme = themeFor(box.anchor);
    if (ui.dataset.theme !== theme) ui.dataset.theme = theme;
  }

  function schedule(): void {
    if (frame || signal.aborted) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      place();
    });
  }

  function handleKey(event: KeyboardEvent): void {
    // Keys typed in our panel are ours: the host's own shortcuts must not act on them.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const all = cards();
      if (all.length === 0) return;
      event.preventDefault();
      const at = focusedCard();
      const next =
        at < 0 ? 0 : Math.min(all.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)));
      all[next]?.focus();
    }
  }

  /** Previous / next on a grouped card: that occurrence becomes the card's, and its mark comes into view. */
  function jumpTo(index: number): void {
    current = index;
    draw();
    const range = state.ranges[index];
    const at = range?.startContainer;
    (at instanceof Element ? at : at?.parentElement)?.scrollIntoView?.({ block: 'nearest' });
  }

  /**
   * The badge is the next Tab stop after the editor, whatever tabindex the host gives its own controls. From the
   * badge, Shift+Tab goes back to the text, and Tab goes on where Tab from the text would have gone: the caret is
   * put back in the editor, the badge taken out of the order for this one press, and the browser's own Tab moves
   * on from there, so the page's order (positive tabindex, Notion's leaves) is the browser's to work out.
   */
  function handleBadgeKey(event: KeyboardEvent): void {
    if (event.key !== 'Tab' || open || event.altKey || event.ctrlKey || event.metaKey) return;
    const badge = event.currentTarget as HTMLElement;
    event.stopPropagation();
    if (event.shiftKey) {
      event.preventDefault();
      actions.returnFocus();
      return;
    }
    badge.tabIndex = -1;
    actions.returnFocus();
    setTimeout(() => badge.removeAttribute('tabindex'), 0);
  }

  function openPanel(focus: 'first' | 'none' = 'first'): void {
    if (signal.aborted) return;
    open = true;
    draw();
    const shown = panel();
    const card = cards()[current >= 0 ? cards().findIndex((c) => c.dataset.index === String(current)) : 0];
    if (focus === 'first') (card ?? shown)?.focus();
    else card?.scrollIntoView?.({ block: 'nearest' });
  }

  function close(returnFocus: boolean): void {
    if (!open) return;
    open = false;
    current = -1;
    draw();
    if (returnFocus) actions.returnFocus();
  }

  function togglePanel(): void {
    if (open) close(false);
    else openPanel();
  }

  // Clicking marked text opens that finding's card but leaves the caret where the user put it.
  box.editor.addEventListener(
    'click',
    (event) => {
      if (state.status !== 'ready' || state.panelOnly) return;
      const index = findingAt(state.ranges, event.clientX, event.clientY);
      if (index < 0) return;
      current = index;
      openPanel('none');
    },
    { signal },
  );
  box.editor.addEventListener('keydown', (event) => event.key === 'Escape' && close(false), { signal });
  // Listened for on the window, so the host's own handlers have run: where Tab means something in the editor
  // (Notion indents a block with it) the host has cancelled it, and it stays the host's.
  view?.addEventListener(
    'keydown',
    (event) => {
      // Every key on the page passes here, once per box: anything but a Tab out of this editor leaves at once.
      if (!isPlainTab(event) || event.defaultPrevented || !event.composedPath().includes(box.editor)) return;
      const badge = ui.querySelector<HTMLElement>('.badge');
      if (!badge || badge.hidden) return;
      event.preventDefault();
      badge.focus();
    },
    { signal },
  );
  doc.addEventListener(
    'pointerdown',
    (event) => {
      if (open && !event.composedPath().includes(host)) close(false);
    },
    { capture: true, signal },
  );
  // Typing moves the text under the fallback boxes before the next analysis arrives, and makes the badge's
  // score out of date: it says "checking" at once rather than a number about words no longer there.
  box.editor.addEventListener(
    'input',
    () => {
      if (!typing) {
        typing = true;
        draw();
      } else schedule();
    },
    { signal },
  );
  doc.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
  view?.addEventListener('resize', schedule, { signal });
  onSchemeChange(view, applyTheme, signal);
  onHostThemeChange(doc, applyTheme, signal, box.themeHolder?.());
  const resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
  resizes?.observe(box.editor);
  resizes?.observe(box.anchor);

  signal.addEventListener(
    'abort',
    () => {
      if (frame) cancelAnimationFrame(frame);
      following?.stop();
      resizes?.disconnect();
      render(null, ui);
      highlights?.release();
      host.remove();
    },
    { once: true },
  );

  function update(next: OverlayState): void {
    if (signal.aborted) return;
    state = next;
    current = -1;
    typing = false;
    clips = clippingAncestors(framed);
    wordClips = textClips(box.editor);
    applyTheme();
    highlights?.draw(marks());
    draw();
  }

  applyTheme();
  draw();
  return { update, openPanel: () => openPanel('first'), togglePanel };
}

function isOpenPopover(element: HTMLElement): boolean {
  try {
    return element.matches(':popover-open');
  } catch {
    // Engines without the Popover API reject the selector.
    return false;
  }
}
