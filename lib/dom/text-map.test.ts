// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { mapText } from './text-map';

const editor = (html: string) => {
  document.body.innerHTML = `<div contenteditable="true" id="editor">${html}</div>`;
  return document.getElementById('editor')!;
};
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('mapText', () => {
  test('reads lines as the writer sees them and leaves out what the skip predicate names', () => {
    const root = editor(
      '<div>Hi Sam,</div><div><br></div><div>Can you&nbsp;send it?</div><div><br></div>' +
        '<span class="prefix">-- </span><br><div class="sig">Sam<br>Acme</div>',
    );
    const { text } = mapText(root, { skip: (e) => e.matches('.sig, .prefix') });
    expect(text).toBe('Hi Sam,\n\nCan you send it?');
  });

  test('paragraphs, line breaks inside a paragraph, and source whitespace between blocks', () => {
    const root = editor('\n  <p>one<br>two</p>\n  <p>three</p>\n');
    expect(mapText(root).text).toBe('one\ntwo\nthree');
  });

  test('an island reads as its label, one unit', () => {
    const root = editor(
      '<p>Hey <ts-mention data-label="@Priya Raman" contenteditable="false">@Priya Raman</ts-mention> can you review?</p>',
    );
    const map = mapText(root, {
      island: (e) => (e.localName === 'ts-mention' ? e.getAttribute('data-label') : null),
    });
    expect(map.text).toBe('Hey @Priya Raman can you review?');
    expect(map.rangeFor(17, 31)?.toString()).toBe('can you review');
    expect(map.rangeFor(4, 16)?.toString()).toBe('@Priya Raman');
    expect(map.rangeFor(0, 10)).toBeNull();
    expect(map.rangeFor(10, 20)).toBeNull();
  });

  test('every range that stays on one line maps back to exactly that text, or to null when it cuts an island', () => {
    const root = editor(
      '<div>Ship <b>the&nbsp;new</b> flow, see <a contenteditable="false">Team notes</a>.</div><div>Due <i>Friday</i></div>',
    );
    const map = mapText(root);
    let mapped = 0;
    for (let start = 0; start <= map.text.length; start++) {
      for (let end = start; end <= map.text.length; end++) {
        const slice = map.text.slice(start, end);
        if (slice.includes('\n')) continue;
        const range = map.rangeFor(start, end);
        const island = map.text.indexOf('Team notes');
        const cuts = (at: number) => at > island && at < island + 'Team notes'.length;
        if (cuts(start) || cuts(end)) expect(range).toBeNull();
        else {
          expect(plain(range!.toString())).toBe(slice);
          mapped++;
        }
      }
    }
    expect(mapped).toBeGreaterThan(400);
  });

  test('a range across lines starts and ends in the right text nodes', () => {
    const root = editor('<div>Hi Sam,</div><div><br></div><div>Can you send it?</div>');
    const map = mapText(root);
    const range = map.rangeFor(3, 12)!;
    expect(range.startContainer.textContent).toBe('Hi Sam,');
    expect(range.startOffset).toBe(3);
    expect(range.endContainer.textContent).toBe('Can you send it?');
    expect(range.endOffset).toBe(3);
  });

  test('refuses offsets outside the text and ranges into a DOM that changed since', () => {
    const root = editor('<p>Hello there</p>');
    const map = mapText(root);
    expect(map.rangeFor(-1, 2)).toBeNull();
    expect(map.rangeFor(3, 2)).toBeNull();
    expect(map.rangeFor(0, 99)).toBeNull();
    root.querySelector('p')!.firstChild!.textContent = 'Hi';
    expect(map.rangeFor(6, 11)).toBeNull();
    root.remove();
    expect(map.rangeFor(0, 2)).toBeNull();
  });

  test('an empty editor reads as empty text', () => {
    expect(mapText(editor('<p><br></p>')).text).toBe('');
  });
});
