// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadFixture } from '../../../tests/fixtures/load-fixture';
import { EDITOR_PAGES, type EditorPage } from '../../../tests/fixtures/routes';
import { adapterUnderTest } from '../testing';
import { isMessageBox } from './editors';
import { genericAdapter } from './index';

const page = adapterUnderTest(genericAdapter('https://github.com'));

/** happy-dom lays nothing out: give every element the width a page's CSS would, by selector. */
function widths(bySelector: Record<string, number>) {
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(function (this: HTMLElement) {
    return Object.entries(bySelector).find(([selector]) => this.matches(selector))?.[1] ?? 0;
  });
}
afterEach(() => vi.restoreAllMocks());

function boxIn(html: string): HTMLElement {
  document.body.innerHTML = html;
  const box = document.querySelector<HTMLElement>('#box');
  if (!box) throw new Error('no #box in the markup');
  return box;
}

describe('the generic adapter on each editor family’s page', () => {
  test.each(Object.keys(EDITOR_PAGES) as EditorPage[])(
    '%s: the one message box is found, and the page’s search box, helpers, title and opted-out note are not checked',
    (family) => {
      const { url, editor } = EDITOR_PAGES[family];
      // The chat's field fills the window's width; every other field keeps the browser's default, about 150 px.
      widths({ '#input': 900, input: 150 });
      loadFixture(url);
      const checked = page.watchBoxes().filter(({ box }) => !box.optedOut());
      expect(checked.map(({ box }) => box.editor)).toEqual([document.querySelector(editor)]);
    },
  );

  test('the textarea page’s private note is opted out, its search box and title are no box at all', () => {
    widths({ input: 720 });
    loadFixture(EDITOR_PAGES.textarea.url);
    const boxes = page.watchBoxes().map(({ box }) => [box.editor.getAttribute('aria-label'), box.optedOut()]);
    expect(boxes).toEqual([
      ['Comment body', false],
      ['Private note', true],
    ]);
  });
});

describe('isMessageBox: a one-line field', () => {
  const CHAT = (field: string) => `<form>${field}<button>Send</button></form>`;

  test('is a message box when it is the one place to write in its form and as wide as a sentence', () => {
    widths({ input: 600 });
    expect(isMessageBox(boxIn(CHAT('<input id="box" autocomplete="off">')))).toBe(true);
    expect(isMessageBox(boxIn(CHAT('<input id="box" type="text" maxlength="2000">')))).toBe(true);
    // An unknown type is a text field to the browser; a chat box needs no form around it.
    expect(isMessageBox(boxIn('<div><input id="box" type="chat"></div>'))).toBe(true);
  });

  test('is left alone when it is shorter than a message: narrow, hidden when found, or capped below one', () => {
    widths({ '.narrow': 150, input: 600 });
    expect(isMessageBox(boxIn(CHAT('<input id="box" class="narrow">')))).toBe(false);
    widths({ input: 0 });
    expect(isMessageBox(boxIn(CHAT('<input id="box">')))).toBe(false);
    widths({ input: 600 });
    expect(isMessageBox(boxIn(CHAT('<input id="box" maxlength="14">')))).toBe(false);
  });

  test('is left alone beside the form’s textarea or editor (a title, a subject), or beside another line', () => {
    widths({ input: 600 });
    expect(isMessageBox(boxIn(CHAT('<input id="box"><textarea></textarea>')))).toBe(false);
    expect(isMessageBox(boxIn(CHAT('<input id="box"><div contenteditable="true"></div>')))).toBe(false);
    expect(isMessageBox(boxIn(CHAT('<input id="box"><input name="room">')))).toBe(false);
    // A checkbox or a hidden field is not a place to write: the field is still the form's only one.
    expect(isMessageBox(boxIn(CHAT('<input id="box"><input type="checkbox"><input type="hidden">')))).toBe(
      true,
    );
  });

  test('is left alone when it is a search, a picker, a secret, or a field autofill names', () => {
    widths({ input: 600 });
    for (const field of [
      '<input id="box" type="search">',
      '<input id="box" type="email">',
      '<input id="box" type="url">',
      '<input id="box" type="password">',
      '<input id="box" role="combobox">',
      '<input id="box" list="rooms"><datalist id="rooms"></datalist>',
      '<input id="box" autocomplete="name">',
      '<input id="box" autocomplete="one-time-code">',
      '<input id="box" readonly>',
      '<input id="box" disabled>',
    ])
      expect(isMessageBox(boxIn(CHAT(field))), field).toBe(false);
    expect(isMessageBox(boxIn('<div role="search"><input id="box"></div>'))).toBe(false);
  });
});

describe('isMessageBox: textareas and editables', () => {
  test('a textarea of one row or of type search holds a line, not a message', () => {
    expect(isMessageBox(boxIn('<textarea id="box"></textarea>'))).toBe(true);
    expect(isMessageBox(boxIn('<textarea id="box" rows="1"></textarea>'))).toBe(false);
    expect(
      isMessageBox(boxIn('<header role="search"><textarea id="box" rows="3"></textarea></header>')),
    ).toBe(false);
  });

  test('an editable inside another is part of the outer one; one hidden from assistive technology is a helper', () => {
    expect(isMessageBox(boxIn('<div id="box" contenteditable="true"></div>'))).toBe(true);
    expect(
      isMessageBox(
        boxIn('<div contenteditable="true"><figcaption id="box" contenteditable="true"></figcaption></div>'),
      ),
    ).toBe(false);
    expect(
      isMessageBox(boxIn('<div aria-hidden="true"><div id="box" contenteditable="true"></div></div>')),
    ).toBe(false);
  });
});
