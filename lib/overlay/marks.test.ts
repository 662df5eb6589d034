// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOverlay } from './index';
import { composeBox, FINDINGS, fakeActions, rangeIn, reportWith } from './testing';
import type { OverlayState } from './types';

/** Stands in for the browser's HighlightRegistry and Highlight, which happy-dom does not have. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}
let registry: Map<string, FakeHighlight>;
let life: AbortController;

beforeEach(() => {
  registry = new Map();
  life = new AbortController();
  vi.stubGlobal('Highlight', FakeHighlight);
  // happy-dom hands out a fresh CSS object on every read, so the whole namespace is stood in for.
  vi.stubGlobal('CSS', { highlights: registry });
});

afterEach(() => {
  life.abort();
  vi.unstubAllGlobals();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

function ready(editor: HTMLElement, panelOnly = false): OverlayState {
  return {
    status: 'ready',
    report: reportWith(FINDINGS),
    ranges: FINDINGS.map((f) => rangeIn(editor, f.start, f.end)),
    panelOnly,
  };
}

const texts = (name: string) => [...(registry.get(name) ?? [])].map((range) => (range as Range).toString());

describe('marks with the CSS Custom Highlight API', () => {
  it('registers one highlight per severity, styled from one sheet, and no element in the editor', () => {
    const box = composeBox();
    const overlay = createOverlay(box, fakeActions(), life.signal);
    overlay.update(ready(box.editor));
    expect(texts('clearsend-warning').sort()).toEqual(['Can someone', 'soon']);
    expect(texts('clearsend-info')).toEqual(['just']);
    expect(registry.has('clearsend-error')).toBe(false);
    // Where marks overlap, the more severe one paints on top.
    expect(registry.get('clearsend-warning')!.priority).toBeGreaterThan(
      registry.get('clearsend-info')!.priority,
    );
    const sheets = [...document.head.querySelectorAll('style')];
    expect(sheets).toHaveLength(1);
    expect(sheets[0]!.textContent).toContain('::highlight(clearsend-warning)');
    expect(box.editor.children).toHaveLength(0);
  });

  it('registers copies, never our own ranges, and takes out ranges it did not put there (issue 15.6)', () => {
    const box = composeBox();
    const overlay = createOverlay(box, fakeActions(), life.signal);
    const state = ready(box.editor);
    overlay.update(state);
    const registered = [...registry.get('clearsend-warning')!];
    for (const range of state.ranges) expect(registered).not.toContain(range);
    const foreign = rangeIn(box.editor, 0, 3);
    registry.get('clearsend-warning')!.add(foreign);
    registry.set('clearsend-info', new FakeHighlight([foreign]));
    overlay.update(ready(box.editor));
    expect(registry.get('clearsend-warning')!.has(foreign)).toBe(false);
    expect(texts('clearsend-info')).toEqual(['just']);
  });

  it('draws nothing with panel only, and nothing once the findings are gone', () => {
    const box = composeBox();
    const overlay = createOverlay(box, fakeActions(), life.signal);
    overlay.update(ready(box.editor, true));
    expect(registry.size).toBe(0);
    overlay.update(ready(box.editor));
    overlay.update({ status: 'paused', ranges: [], panelOnly: false });
    expect(registry.size).toBe(0);
  });

  it('keeps each compose box’s marks apart and clears them when its signal aborts', () => {
    const first = composeBox();
    const second = composeBox('Please review the doc asap');
    const firstLife = new AbortController();
    const secondLife = new AbortController();
    createOverlay(first, fakeActions(), firstLife.signal).update(ready(first.editor));
    const other = createOverlay(second, fakeActions(), secondLife.signal);
    other.update({
      status: 'ready',
      report: reportWith([{ ...FINDINGS[0]!, start: 22, end: 26 }]),
      ranges: [rangeIn(second.editor, 22, 26)],
      panelOnly: false,
    });
    expect(texts('clearsend-warning').sort()).toEqual(['Can someone', 'asap', 'soon']);
    firstLife.abort();
    expect(texts('clearsend-warning')).toEqual(['asap']);
    expect(registry.has('clearsend-info')).toBe(false);
    expect(document.head.querySelectorAll('style')).toHaveLength(1);
    secondLife.abort();
    expect(registry.size).toBe(0);
    expect(document.head.querySelectorAll('style')).toHaveLength(0);
  });
});
