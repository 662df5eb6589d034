import { expect, it } from 'vitest';
import { intersect } from '../../lib/overlay/placement';
import { waitForOverlay } from './driver/seen';
import type { BrowserUnderTest, HostTab, Rect } from './driver/types';
import { type HostUnderTest, inside, overlaps, SETTLE_MS, VAGUE_GROUP_ASK } from './inline-suite';

/**
 * A place where a host scrolls what is being written: the page's own scroller, the window, or an editor that scrolls
 * its own lines. Each host lists those its fixture's real layout has (`HostUnderTest.scrolls`).
 */
export interface ScrollCase {
  /** In words, for the test's title ("the page scroller"). */
  where: string;
  url: string;
  editor: string;
  /** What scrolls, as a CSS selector; "window" for the page itself. */
  scroller: string;
  /** The element the badge sits in once the writer clicked the ask (Notion: that block). */
  frame: string;
  /**
   * What the panel is placed beside: the marked words, when the text scrolls under a fixed window and the panel with
   * it; or the scroller itself, when a box scrolls its own lines behind a panel that stays by the box.
   */
  panelBeside: 'words' | 'scroller';
  /** A window size the writer has (the page must be longer than the window to scroll). */
  viewport?: { width: number; height: number };
}

/**
 * Short paragraphs under the ask, enough lines for every scroller to scroll and too few words for a wall of text (a
 * Notion page counts its blocks as one paragraph).
 */
const NOTES = [
  'Venue booked.',
  'Menu confirmed.',
  'Press kit sent.',
  'Slides uploaded.',
  'Demo build green.',
  'Terms signed.',
  'Stream ready.',
  'Badges printed.',
  'Photographer hired.',
  'Parking sorted.',
  'Agenda printed.',
  'Chairs in place.',
  'Sound checked.',
  'Thanks, all!',
];

/**
 * The long draft, as a writer makes one: the ask typed key by key, then the notes under it, each line but the last arriving
 * as one insertText (a paste, an autocompletion) with the host's own line break between them (Notion makes a block, Slack a
 * paragraph). Key by key, the notes alone took ~4 s a tab; their words only need to take up lines.
 */
async function writeLongDraft(tab: HostTab, host: HostUnderTest, c: ScrollCase): Promise<void> {
  await tab.type(c.editor, VAGUE_GROUP_ASK, { newline: host.newline });
  for (const [index, note] of NOTES.entries()) {
    await tab.press(host.newline);
    await tab.press(host.newline);
    // The last line typed: keys bring the caret into view, as the writer sees it (an insertText does not, on Notion).
    if (index === NOTES.length - 1) await tab.typeHere(note);
    else
      await tab.evaluate(
        new Function(`document.execCommand('insertText', false, ${JSON.stringify(note)});`) as () => void,
      );
  }
}

/** The ask this far below the top of what its scroller shows, as a writer scrolls back up to reread it. */
const LEAD = 60;
/** A turn of the wheel that keeps the ask in sight. */
const NUDGE = 30;
/** How far past the scroller's top edge the ask goes when it is scrolled out of sight. */
const PAST = 40;
/** Pixels: the panel is placed by floating-ui on fractional coordinates, and the browsers round differently. */
const NEAR = 2;

type Edges = Record<keyof Rect, number>;
/** Each edge of `of` from the same edge of `from`: the panel may not slide, nor grow or shrink, about its place. */
const offset = (of: Rect, from: Rect): Edges => ({
  left: of.left - from.left,
  top: of.top - from.top,
  right: of.right - from.right,
  bottom: of.bottom - from.bottom,
});
const near = (a: Partial<Edges>, b: Partial<Edges>, by = NEAR) =>
  (Object.keys(b) as (keyof Rect)[]).every((edge) => Math.abs((a[edge] ?? 1e9) - (b[edge] ?? 0)) <= by);
/** The ask's first marked word: the topmost mark in the frame's text, leftmost on its line (a page marks more). */
const firstMark = (marks: Rect[], text: Rect) =>
  marks.filter((mark) => inside(mark, text)).sort((a, b) => Math.round(a.top - b.top) || a.left - b.left)[0];

/** Where the text in `selector` is, scrolled out of its box or not (the box's own rect stops at its edges). */
const textRect = (tab: HostTab, selector: string) =>
  tab.evaluate(
    new Function(`
      const range = document.createRange();
      range.selectNodeContents(document.querySelector(${JSON.stringify(selector)}));
      const { left, top, right, bottom } = range.getBoundingClientRect();
      return { left, top, right, bottom };
    `) as () => Rect,
  );

/** What the writer sees after a scroll: the panel, the badge, the marks, each where it is drawn. */
async function look(tab: HostTab, c: ScrollCase) {
  const { width, height } = await tab.viewport();
  const screen = { left: 0, top: 0, right: width, bottom: height };
  const area = c.scroller === 'window' ? screen : intersect(await tab.rect(c.scroller), screen);
  if (!area) throw new Error(`${c.scroller} is not on screen`);
  const nodes = await tab.overlay();
  const panel = nodes.some((n) => n.role === 'dialog')
    ? await tab.overlayRect('dialog', 'Clearsend suggestions')
    : null;
  const badgeNode = nodes.find((n) => n.role === 'button' && n.name.startsWith('Clearsend:'));
  const badge = badgeNode ? await tab.overlayRect('button', badgeNode.name) : null;
  const marks = await tab.markRects();
  const frame = intersect(await tab.rect(c.frame), area);
  return {
    screen,
    area,
    panel,
    badge,
    frame,
    ask: firstMark(marks, await textRect(tab, c.frame))!,
    /** Marks the writer can see: inside the scroller's part of the screen. */
    seen: marks.filter((mark) => intersect(mark, area)),
  };
}
type Look = Awaited<ReturnType<typeof look>>;

/** The panel is on screen and on no mark that can be seen. */
const clear = (at: Look) =>
  !!at.panel && inside(at.panel, at.screen, 0) && at.seen.every((mark) => !overlaps(at.panel!, mark));
/** Where the panel is, from what it is placed beside. */
const panelFrom = (at: Look, c: ScrollCase) =>
  at.panel && offset(at.panel, c.panelBeside === 'words' ? at.ask : at.area);
/** Where the badge is, from the bottom-right corner of the part of its frame that can be seen. */
const badgeFrom = (at: Look) => {
  if (!at.badge || !at.frame) return null;
  const { right, bottom } = offset(at.badge, at.frame);
  return { right, bottom };
};

/**
 * Scrolling what is written, as a writer rereads a long message with the panel open: the panel keeps its place by
 * what it is beside and off every mark, the badge keeps to its frame, and nothing of ours stays over the page once
 * the text it is about has scrolled out of its scroller.
 */
export function scrollSuite(host: HostUnderTest, browser: () => BrowserUnderTest): void {
  for (const c of host.scrolls ?? [])
    it(`${host.name}: as ${c.where} scrolls, the open panel keeps beside ${c.panelBeside === 'words' ? 'the marked words' : 'the box'} and off every mark, the badge keeps to its frame, and neither stays over the page once the ask is out of sight`, async () => {
      const tab = await browser().openHost(c.url);
      if (c.viewport) await tab.resize(c.viewport.width, c.viewport.height);
      await writeLongDraft(tab, host, c);
      await tab.wait(SETTLE_MS);
      await expect.poll(async () => (await tab.markRects()).length).toBeGreaterThan(0);
      const top = await look(tab, c);
      await tab.scrollBy(c.scroller, top.ask.top - (top.area.top + LEAD));
      const ask = firstMark(await tab.markRects(), await textRect(tab, c.frame))!;
      await tab.clickAt((ask.left + ask.right) / 2, (ask.top + ask.bottom) / 2);
      await waitForOverlay(tab, (nodes) => nodes.some((n) => n.role === 'dialog'), 'the panel');
      await expect.poll(async () => clear(await look(tab, c))).toBe(true);
      const opened = await look(tab, c);
      const beside = panelFrom(opened, c)!;

      // A turn of the wheel: the text moves, the ask stays in sight.
      expect(await tab.scrollBy(c.scroller, NUDGE)).toBe(NUDGE);
      const nudged = async () => {
        const at = await look(tab, c);
        return {
          moved: Math.round(opened.ask.top - at.ask.top),
          panelKeepsItsPlace: near(panelFrom(at, c) ?? {}, beside),
          clear: clear(at),
          badgeInFrame: !!at.badge && !!at.frame && inside(at.badge, at.frame),
        };
      };
      await expect
        .poll(nudged)
        .toEqual({ moved: NUDGE, panelKeepsItsPlace: true, clear: true, badgeInFrame: true });
      const wheeled = await look(tab, c);
      const badgeAt = badgeFrom(wheeled)!;

      // The ask scrolled out past the scroller's top.
      const away = Math.ceil(wheeled.ask.bottom - wheeled.area.top + PAST);
      expect(await tab.scrollBy(c.scroller, away)).toBe(away);
      const gone = await look(tab, c);
      if (!gone.frame) {
        // The box is out of sight too: no panel and no badge over what scrolled in instead.
        await expect
          .poll(async () => {
            const at = await look(tab, c);
            return { panel: at.panel, badge: at.badge };
          })
          .toEqual({ panel: null, badge: null });
      } else {
        // The box is still in sight: the panel stays by it, on no mark, and the badge in its corner.
        await expect
          .poll(async () => {
            const at = await look(tab, c);
            return {
              clear: clear(at),
              byTheBox:
                c.panelBeside === 'scroller'
                  ? near(panelFrom(at, c) ?? {}, beside)
                  : !!at.panel &&
                    !!at.frame &&
                    at.panel.top < at.frame.bottom &&
                    at.panel.bottom > at.frame.top,
              badge: near(badgeFrom(at) ?? {}, badgeAt, 1),
            };
          })
          .toEqual({ clear: true, byTheBox: true, badge: true });
      }

      // Scrolled back: the panel is where it was by the ask, the badge in its corner.
      await tab.scrollBy(c.scroller, -away);
      await expect
        .poll(async () => {
          const at = await look(tab, c);
          return {
            panelKeepsItsPlace: near(panelFrom(at, c) ?? {}, beside),
            clear: clear(at),
            badge: near(badgeFrom(at) ?? {}, badgeAt, 1),
          };
        })
        .toEqual({ panelKeepsItsPlace: true, clear: true, badge: true });
      await tab.close();
    });
}
