// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { replaceLines } from './replace-lines';
import { mapText } from './text-map';

const now = () => Promise.resolve();

/** A Slack-like box, one `<p>` per line, read the way an adapter reads it (lines as "\n"). */
function paragraphs(...lines: string[]) {
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  editor.innerHTML = lines.map((line) => `<p>${line}</p>`).join('');
  document.body.append(editor);
  const read = () => mapText(editor).text;
  return { editor, read, rangeFor: (start: number, end: number) => mapText(editor).rangeFor(start, end)! };
}

/** What the browser's commands do to such a box: type over the selection, split the paragraph at the caret. */
function browserCommands(options: { splits?: boolean } = {}) {
  const calls: string[] = [];
  const exec = vi.fn((command: string, _ui?: boolean, value?: string) => {
    const selection = document.getSelection()!;
    const range = selection.getRangeAt(0);
    calls.push(value === undefined ? command : `${command} ${value}`);
    if (command === 'insertText') {
      range.deleteContents();
      const node = document.createTextNode(value ?? '');
      range.insertNode(node);
      range.setStartAfter(node);
      range.collapse(true);
      return true;
    }
    if (command === 'insertParagraph' && options.splits !== false) {
      const p = (range.startContainer.parentElement?.closest('p') ?? range.startContainer) as HTMLElement;
      const tail = document.createRange();
      tail.setStart(range.startContainer, range.startOffset);
      tail.setEnd(p, p.childNodes.length);
      const next = document.createElement('p');
      next.append(tail.extractContents());
      p.after(next);
      range.setStart(next, 0);
      range.collapse(true);
      return true;
    }
    return false;
  });
  document.execCommand = exec as unknown as Document['execCommand'];
  return calls;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('replaceLines', () => {
  const text = 'Is it Lisbon? What budget?';
  const list = '1. Is it Lisbon?\n2. What budget?';

  it("types the lines with the host's own line break between them, checked against the adapter's reading", async () => {
    const box = paragraphs('Quick ones:', text, 'Thanks');
    const calls = browserCommands();
    const start = box.read().indexOf('Is it');
    const edit = { start, end: start + text.length, text: list };
    const outcome = await replaceLines(
      box.rangeFor(edit.start, edit.end),
      edit,
      { editor: box.editor, read: box.read, breakLine: () => document.execCommand('insertParagraph') },
      now,
    );
    expect(outcome).toEqual({ ok: true });
    expect(calls).toEqual(['insertText 1. Is it Lisbon?', 'insertParagraph', 'insertText 2. What budget?']);
    expect(box.read()).toBe(`Quick ones:\n${list}\nThanks`);
    // The editor's own textContent has no line breaks between paragraphs: it could not have told this apart.
    expect(box.editor.textContent).toBe(`Quick ones:${list.replace('\n', '')}Thanks`);
  });

  it('types the whole text at once where the host takes "\\n" as a line, or leaves it to a host that handles it', async () => {
    const box = paragraphs(text);
    const calls = browserCommands();
    const edit = { start: 0, end: text.length, text: list };
    await replaceLines(box.rangeFor(0, text.length), edit, { editor: box.editor, read: box.read }, now);
    expect(calls).toEqual([`insertText ${list}`]);

    const quill = paragraphs(text);
    quill.editor.addEventListener('beforeinput', (event) => {
      event.preventDefault();
      quill.editor.innerHTML = (event as InputEvent)
        .data!.split('\n')
        .map((line) => `<p>${line}</p>`)
        .join('');
    });
    const edited = await replaceLines(
      quill.rangeFor(0, text.length),
      edit,
      { editor: quill.editor, read: quill.read },
      now,
    );
    expect(edited).toEqual({ ok: true });
    expect(calls).toHaveLength(1);
  });

  it('says so when the line did not take, and never joins blocks a host keeps apart', async () => {
    const box = paragraphs(text);
    browserCommands({ splits: false });
    const edit = { start: 0, end: text.length, text: list };
    const target = {
      editor: box.editor,
      read: box.read,
      breakLine: () => document.execCommand('insertParagraph'),
    };
    expect(await replaceLines(box.rangeFor(0, text.length), edit, target, now)).toEqual({
      ok: false,
      reason: 'the page changed the text in another way (Ctrl+Z undoes it)',
    });

    const two = paragraphs('Is it Lisbon?', 'What budget?');
    const across = { start: 0, end: two.read().length, text: list };
    expect(
      await replaceLines(
        two.rangeFor(across.start, across.end),
        across,
        { ...target, editor: two.editor, read: two.read },
        now,
      ),
    ).toEqual({ ok: false, reason: 'it would join lines this page keeps as separate blocks' });
  });

  it("takes a line out with the browser's delete, even where the host makes its own lines", async () => {
    const box = paragraphs('Hi Sam,', 'Some background.', 'Could you approve it?');
    const calls = browserCommands();
    document.execCommand = ((command: string) => {
      calls.push(command);
      document.getSelection()!.getRangeAt(0).deleteContents();
      return true;
    }) as unknown as Document['execCommand'];
    const from = box.read().indexOf('\nCould');
    const edit = { start: from, end: box.read().length, text: '' };
    const target = { editor: box.editor, read: box.read, breakLine: () => false };
    expect(await replaceLines(box.rangeFor(edit.start, edit.end), edit, target, now)).toEqual({ ok: true });
    expect(calls).toEqual(['delete']);
    expect(box.read()).toBe('Hi Sam,\nSome background.');
  });

  it('refuses a mention, and a host that refused the edit leaves the text as it was', async () => {
    const box = paragraphs('Is it <span contenteditable="false">@Sam</span>? What budget?');
    browserCommands();
    const edit = { start: 0, end: box.read().length, text: list };
    expect(
      await replaceLines(
        box.rangeFor(edit.start, edit.end),
        edit,
        { editor: box.editor, read: box.read },
        now,
      ),
    ).toEqual({
      ok: false,
      reason: 'it would change a mention, a quote or a signature',
    });
    const plain = paragraphs(text);
    document.execCommand = (() => false) as unknown as Document['execCommand'];
    const whole = { start: 0, end: text.length, text: list };
    expect(
      await replaceLines(
        plain.rangeFor(0, text.length),
        whole,
        { editor: plain.editor, read: plain.read },
        now,
      ),
    ).toEqual({
      ok: false,
      reason: 'the page refused the edit',
    });
  });
});
