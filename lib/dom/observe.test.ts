// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { observe } from './observe';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const page = new AbortController();
afterEach(() => {
  document.body.innerHTML = '';
});

describe('observe', () => {
  test('reports elements present now and added later, each once', async () => {
    document.body.innerHTML = '<div class="box" id="a"></div>';
    const seen: string[] = [];
    observe('.box', (element) => seen.push(element.id), { signal: page.signal });
    const later = document.createElement('section');
    later.innerHTML = '<div class="box" id="b"></div><div class="box" id="c"></div>';
    document.body.append(later);
    await flush();
    document.body.append(later); // moved, not new
    await flush();
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  test("aborts an element's signal when it leaves the DOM, even with its ancestor", async () => {
    document.body.innerHTML = '<main><div class="box" id="a"></div></main><div class="box" id="b"></div>';
    const signals = new Map<string, AbortSignal>();
    const outer = new AbortController();
    observe('.box', (element, signal) => signals.set(element.id, signal), { signal: outer.signal });
    document.querySelector('main')!.remove();
    await flush();
    expect(signals.get('a')!.aborted).toBe(true);
    expect(signals.get('b')!.aborted).toBe(false);
    outer.abort();
    expect(signals.get('b')!.aborted).toBe(true);
  });

  test('stops reporting after the outer signal aborts', async () => {
    const outer = new AbortController();
    const seen: Element[] = [];
    observe('.box', (element) => seen.push(element), { signal: outer.signal });
    outer.abort();
    document.body.innerHTML = '<div class="box"></div>';
    await flush();
    expect(seen).toEqual([]);
  });

  test('follows watched attributes: an element that becomes editable is found, one that stops is dropped', async () => {
    document.body.innerHTML = '<div id="e"></div>';
    const signals: AbortSignal[] = [];
    observe('[contenteditable=true]', (_, signal) => signals.push(signal), {
      signal: page.signal,
      attributes: ['contenteditable'],
    });
    const element = document.getElementById('e')!;
    element.setAttribute('contenteditable', 'true');
    await flush();
    expect(signals).toHaveLength(1);
    element.setAttribute('contenteditable', 'false');
    await flush();
    expect(signals[0]!.aborted).toBe(true);
  });

  test('a throwing callback does not stop the others', async () => {
    document.body.innerHTML = '<div class="box" id="bad"></div><div class="box" id="good"></div>';
    const seen: string[] = [];
    observe(
      '.box',
      (element) => {
        if (element.id === 'bad') throw new Error('host changed');
        seen.push(element.id);
      },
      { signal: page.signal },
    );
    expect(seen).toEqual(['good']);
  });

  test('looks only under the given root', async () => {
    document.body.innerHTML = '<div id="root"><p class="x" id="in"></p></div><p class="x" id="out"></p>';
    const seen: string[] = [];
    observe('.x', (element) => seen.push(element.id), {
      signal: page.signal,
      root: document.getElementById('root')!,
    });
    expect(seen).toEqual(['in']);
  });
});
