// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { loadFixture } from '../../../tests/fixtures/load-fixture';
import { EDITOR_PAGES, type EditorPage } from '../../../tests/fixtures/routes';
import { adapterUnderTest } from '../testing';
import { isMessageBox } from './editors';
import { genericAdapter } from './index';

const page = adapterUnderTest(genericAdapter('https://github.com'));

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
      loadFixture(url);
      const checked = page.watchBoxes().filter(({ box }) => !box.optedOut());
      expect(checked.map(({ box }) => box.editor)).toEqual([document.querySelector(editor)]);
    },
  );

  test('the textarea page’s private note is opted out, its search box and title are no box at all', () => {
    loadFixture(EDITOR_PAGES.textarea.url);
    const boxes = page.watchBoxes().map(({ box }) => [box.editor.getAttribute('aria-label'), box.optedOut()]);
    expect(boxes).toEqual([
      ['Comment body', false],
      ['Private note', true],
    ]);
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
