// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { followPanel, keepClearOf } from './panel-position';
import { type Box, shownPart, textClips } from './placement';

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
const rect = (box: Box) =>
  DOMRect.fromRect({ x: box.left, y: box.top, width: box.right - box.left, height: box.bottom - box.top });

/** happy-dom lays nothing out: the viewport floating-ui clips to is <html>'s client box, as a browser gives it. */
function withViewport(width: number, height: number): () => void {
  const html = document.documentElement;
  Object.defineProperty(html, 'clientWidth', { configurable: true, get: () => width });
  Object.defineProperty(html, 'clientHeight', { configurable: true, get: () => height });
  return () => {
    delete (html as { clientWidth?: number }).clientWidth;
    delete (html as { clientHeight?: number }).clientHeight;
  };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the panel beside the text', () => {
  it('stays off the visible part of the box and its words; stands on the frame once none of them is seen', () => {
    const editor = document.createElement('div');
    const frame = document.createElement('div');
    frame.getBoundingClientRect = () => rect({ left: 100, top: -400, right: 500, bottom: -300 });
    let seen: Box[] = [
      { left: 100, top: 400, right: 900, bottom: 500 },
      { left: 120, top: 380, right: 300, bottom: 398 },
    ];
    const reference = keepClearOf(
      editor,
      () => seen,
      () => frame,
    );
    expect(reference.contextElement).toBe(editor);
    expect(reference.getBoundingClientRect()).toMatchObject({ left: 100, top: 380, right: 900, bottom: 500 });
    seen = [];
    expect(reference.getBoundingClientRect()).toMatchObject({
      left: 100,
      top: -400,
      right: 500,
      bottom: -300,
    });
  });

  it('counts a word only where it can be seen: not scrolled out of an editor that scrolls its own lines', () => {
    const pane = document.createElement('div');
    pane.style.overflowY = 'auto';
    const editor = document.createElement('div');
    pane.append(editor);
    document.body.append(pane);
    pane.getBoundingClientRect = () => rect({ left: 0, top: 0, right: 1000, bottom: 700 });
    editor.getBoundingClientRect = () => rect({ left: 200, top: 400, right: 900, bottom: 600 });
    expect(textClips(editor)).toEqual([pane]);
    editor.style.overflowY = 'auto';
    expect(textClips(editor)).toEqual([editor, pane]);
    const scrolledOut = { left: 210, top: 370, right: 300, bottom: 390 };
    const halfIn = { left: 210, top: 390, right: 300, bottom: 410 };
    expect(shownPart(scrolledOut, window, textClips(editor))).toBeNull();
    expect(shownPart(halfIn, window, textClips(editor))).toEqual({
      left: 210,
      top: 400,
      right: 300,
      bottom: 410,
    });
  });

  it('hides while its reference is scrolled out of sight and shows again, beside it, when it is back', async () => {
    const editor = document.createElement('div');
    const panel = document.createElement('div');
    document.body.append(editor, panel);
    panel.getBoundingClientRect = () => rect({ left: 0, top: 0, right: 200, bottom: 150 });
    let at: Box = { left: 300, top: 100, right: 500, bottom: 200 };
    const viewport = withViewport(1024, 768);
    const stop = followPanel({ contextElement: editor, getBoundingClientRect: () => rect(at) }, panel);
    try {
      await settled();
      expect(panel.style.visibility).toBe('');
      expect(panel.style.left).toBe('508px');
      at = { left: 300, top: -300, right: 500, bottom: -200 };
      window.dispatchEvent(new Event('scroll'));
      await settled();
      expect(panel.style.visibility).toBe('hidden');
      at = { left: 300, top: 60, right: 500, bottom: 160 };
      window.dispatchEvent(new Event('scroll'));
      await settled();
      expect(panel.style.visibility).toBe('');
      expect(panel.style.top).toBe('60px');
    } finally {
      stop();
      viewport();
    }
  });
});
