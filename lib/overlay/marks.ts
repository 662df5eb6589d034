import type { Severity } from '../analysis/types';

export interface Mark {
  range: Range;
  severity: Severity;
}

const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];
const PRIORITY: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
export const highlightName = (severity: Severity) => `clearsend-${severity}`;

// `::highlight()` is painted by the document that holds the text, so these rules must live in the host
// document: a style sheet inside our shadow root never reaches the editor's text. The rules name only our own
// highlights and carry no draft content, so this <style> is the one thing we add outside our shadow root.
export const HIGHLIGHT_CSS = `
::highlight(clearsend-error) { background-color: rgb(220 38 38 / 0.14); text-decoration: underline wavy rgb(220 38 38); text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
::highlight(clearsend-warning) { background-color: rgb(217 119 6 / 0.14); text-decoration: underline wavy rgb(217 119 6); text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
::highlight(clearsend-info) { text-decoration: underline dotted rgb(37 99 235); text-decoration-thickness: 2px; text-underline-offset: 3px; }
`;

interface Shared {
  users: number;
  style: HTMLStyleElement;
  highlights: Map<Severity, Highlight>;
}

// The page can read CSS.highlights and change any Range in it (issue 15: it re-aimed one at other text). So the
// registry gets copies of our ranges, made by us and known by identity; our own ranges stay private (hit-testing,
// fixes), and any range in our highlights we did not put there is taken out again on the next draw.
const copies = new WeakSet<AbstractRange>();

// Several compose boxes share one document and one highlight per severity: each box adds and removes only its
// own ranges, so two Gmail compose windows never erase each other's marks.
const shared = new WeakMap<Document, Shared>();

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Marks drawn with the CSS Custom Highlight API for one compose box; `release` when the box goes away. */
export function createHighlightMarks(doc: Document): { draw(marks: readonly Mark[]): void; release(): void } {
  const state = join(doc);
  let mine: Mark[] = [];
  let released = false;

  function draw(marks: readonly Mark[]): void {
    if (released) return;
    for (const { range, severity } of mine) state.highlights.get(severity)?.delete(range);
    mine = marks.map(({ range, severity }) => {
      const copy = range.cloneRange();
      copies.add(copy);
      return { range: copy, severity };
    });
    for (const { range, severity } of mine) highlightFor(state, severity).add(range);
    for (const severity of SEVERITIES) {
      const highlight = state.highlights.get(severity);
      if (!highlight) continue;
      sweepForeign(highlight);
      const name = highlightName(severity);
      if (highlight.size === 0) {
        if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
      } else if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
    }
  }

  function release(): void {
    if (released) return;
    draw([]);
    released = true;
    state.users -= 1;
    if (state.users > 0) return;
    state.style.remove();
    shared.delete(doc);
  }

  return { draw, release };
}

function join(doc: Document): Shared {
  let state = shared.get(doc);
  if (!state) {
    const style = doc.createElement('style');
    style.textContent = HIGHLIGHT_CSS;
    (doc.head ?? doc.documentElement).append(style);
    state = { users: 0, style, highlights: new Map() };
    shared.set(doc, state);
  }
  state.users += 1;
  return state;
}

/**
 * Takes out of our highlight any range we did not put there. Best effort: Firefox's content-script world cannot
 * iterate a page-world setlike through its wrapper (it throws), and a mark must never fail to draw for it; the
 * labels never read these ranges anyway (they quote our own snapshot).
 */
function sweepForeign(highlight: Highlight): void {
  try {
    const foreign: AbstractRange[] = [];
    highlight.forEach((range) => {
      if (!copies.has(range)) foreign.push(range);
    });
    for (const range of foreign) highlight.delete(range);
  } catch {
    // Nothing to sweep with: see above.
  }
}

function highlightFor(state: Shared, severity: Severity): Highlight {
  let highlight = state.highlights.get(severity);
  if (!highlight) {
    highlight = new Highlight();
    highlight.priority = PRIORITY[severity];
    state.highlights.set(severity, highlight);
  }
  return highlight;
}
