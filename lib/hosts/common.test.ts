// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { isOptedOut } from './common';

function editorIn(html: string): Element {
  document.body.innerHTML = html;
  const editor = document.querySelector('#editor');
  if (!editor) throw new Error('no #editor in the markup');
  return editor;
}

describe('isOptedOut', () => {
  test('data-clearsend="off" on the editor or any ancestor opts out', () => {
    expect(isOptedOut(editorIn('<div id="editor" contenteditable="true" data-clearsend="off"></div>'))).toBe(
      true,
    );
    expect(
      isOptedOut(
        editorIn(
          '<section data-clearsend="off"><div><div id="editor" contenteditable="true"></div></div></section>',
        ),
      ),
    ).toBe(true);
  });

  test('other values of data-clearsend do not', () => {
    expect(
      isOptedOut(editorIn('<div data-clearsend="on"><div id="editor" contenteditable="true"></div></div>')),
    ).toBe(false);
  });

  test("another product's attributes are not an opt-out from Clearsend", () => {
    // Quill puts data-gramm="false" on every editor root (every Slack composer); Grammarly adds its own.
    const quill =
      '<div id="editor" class="ql-editor ql-blank" data-gramm="false" contenteditable="true"></div>';
    expect(isOptedOut(editorIn(quill))).toBe(false);
    const around =
      '<div data-gramm_editor="false" data-enable-grammarly="false"><div id="editor" contenteditable="true" data-gramm="false"></div></div>';
    expect(isOptedOut(editorIn(around))).toBe(false);
    expect(isOptedOut(editorIn('<div id="editor" contenteditable="true" spellcheck="false"></div>'))).toBe(
      false,
    );
  });

  test('secret fields are never checked', () => {
    expect(isOptedOut(editorIn('<input id="editor" type="password">'))).toBe(true);
    expect(isOptedOut(editorIn('<input id="editor" autocomplete="cc-number">'))).toBe(true);
    expect(isOptedOut(editorIn('<input id="editor" autocomplete="cc-csc">'))).toBe(true);
    expect(isOptedOut(editorIn('<input id="editor" autocomplete="one-time-code">'))).toBe(true);
    expect(isOptedOut(editorIn('<input id="editor" type="text" autocomplete="off">'))).toBe(false);
  });
});
