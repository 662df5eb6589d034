// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { watchPageStatus } from './page-status';

const page = new AbortController();
afterEach(() => document.body.replaceChildren());

function focusIn(html: string) {
  document.body.innerHTML = html;
  const field = document.body.firstElementChild as HTMLElement;
  field.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
}

describe('what a content script sees on its page', () => {
  it('counts the boxes it checks', () => {
    const status = watchPageStatus(document, () => ({ checked: 2, found: 2 }), page.signal);
    expect(status()).toEqual({ boxes: 2, missedEditor: false });
  });

  it('reports a missed editor when the writer is in a text field and no box was found', () => {
    const status = watchPageStatus(document, () => ({ checked: 0, found: 0 }), page.signal);
    expect(status().missedEditor).toBe(false);
    focusIn('<div contenteditable="true">Hello</div>');
    expect(status()).toEqual({ boxes: 0, missedEditor: true });
  });

  it('a textarea counts; a single-line input or a combobox does not (a search box says nothing)', () => {
    const controller = new AbortController();
    const status = watchPageStatus(document, () => ({ checked: 0, found: 0 }), controller.signal);
    focusIn('<input type="text">');
    focusIn('<div contenteditable="true" role="combobox"></div>');
    expect(status().missedEditor).toBe(false);
    focusIn('<textarea></textarea>');
    expect(status().missedEditor).toBe(true);
    controller.abort();
  });

  it('an opted-out editor was found: nothing is missing, nothing is checked', () => {
    const status = watchPageStatus(document, () => ({ checked: 0, found: 1 }), page.signal);
    focusIn('<div contenteditable="true" data-clearsend="off"></div>');
    expect(status()).toEqual({ boxes: 0, missedEditor: false });
  });

  it('stops listening when the page lifetime ends', () => {
    const controller = new AbortController();
    const status = watchPageStatus(document, () => ({ checked: 0, found: 0 }), controller.signal);
    controller.abort();
    focusIn('<div contenteditable="true"></div>');
    expect(status().missedEditor).toBe(false);
  });
});
