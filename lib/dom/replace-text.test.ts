// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { replaceText } from './replace-text';

function editorWith(html: string): HTMLElement {
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  editor.innerHTML = html;
  document.body.append(editor);
  return editor;
}

function rangeOf(editor: HTMLElement, needle: string): Range {
  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(needle) ?? -1;
    if (at >= 0) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      return range;
    }
  }
  throw new Error(`"${needle}" not in the editor`);
}

/** Does what Chrome's insertText does to a plain contenteditable: replace the selected text. */
function browserInsert(text: string): boolean {
  const selected = document.getSelection()!.getRangeAt(0);
  selected.deleteContents();
  selected.insertNode(document.createTextNode(text));
  return true;
}

const now = () => Promise.resolve();

afterEach(() => {
  document.body.innerHTML = '';
});

describe('replaceText', () => {
  it('selects exactly the flagged text, inserts the fix and confirms the result', async () => {
    const editor = editorWith('<p>Can you send the deck soon? Thanks</p>');
    let selectedWhenInserting = '';
    const insert = vi.fn((text: string) => {
      selectedWhenInserting = document.getSelection()!.toString();
      return browserInsert(text);
    });
    const outcome = await replaceText(rangeOf(editor, 'soon'), 'by Fri 27 Nov', editor, {
      insert,
      settle: now,
    });
    expect(outcome).toEqual({ ok: true });
    expect(selectedWhenInserting).toBe('soon');
    expect(editor.textContent).toBe('Can you send the deck by Fri 27 Nov? Thanks');
  });

  it('accepts a host that turns spaces into no-break spaces', async () => {
    const editor = editorWith('<p>review it soon please</p>');
    const insert = (text: string) => browserInsert(text.replace(/ /g, '\u00a0'));
    const outcome = await replaceText(rangeOf(editor, 'soon'), 'by Fri 27 Nov', editor, {
      insert,
      settle: now,
    });
    expect(outcome).toEqual({ ok: true });
  });

  it('lets a host that edits through beforeinput apply the fix with its own model', async () => {
    const editor = editorWith('<p>Send the deck soon</p>');
    let offered: { inputType: string; data: string | null } | undefined;
    editor.addEventListener('beforeinput', (event) => {
      offered = { inputType: event.inputType, data: event.data };
      event.preventDefault();
      // Like Slate or Lexical: the model changes, then the host renders it.
      setTimeout(() => browserInsert(event.data ?? ''), 0);
    });
    const insert = vi.fn(browserInsert);
    const outcome = await replaceText(rangeOf(editor, 'soon'), 'by Fri 27 Nov', editor, { insert });
    expect(offered).toEqual({ inputType: 'insertReplacementText', data: 'by Fri 27 Nov' });
    expect(insert).not.toHaveBeenCalled();
    expect(outcome).toEqual({ ok: true });
    expect(editor.textContent).toBe('Send the deck by Fri 27 Nov');
  });

  it('reports a host that cancels the edit and does nothing', async () => {
    const editor = editorWith('<p>Send the deck soon</p>');
    editor.addEventListener('beforeinput', (event) => event.preventDefault());
    const insert = vi.fn(browserInsert);
    const outcome = await replaceText(rangeOf(editor, 'soon'), 'by Friday', editor, { insert, settle: now });
    expect(outcome).toEqual({ ok: false, reason: 'the page refused the edit' });
    expect(insert).not.toHaveBeenCalled();
    expect(editor.textContent).toBe('Send the deck soon');
  });

  it('reports a refusal and leaves the text as it was', async () => {
    const editor = editorWith('<p>Send the deck soon</p>');
    const outcome = await replaceText(rangeOf(editor, 'soon'), 'by Friday', editor, {
      insert: () => false,
      settle: now,
    });
    expect(outcome).toEqual({ ok: false, reason: 'the page refused the edit' });
    expect(editor.textContent).toBe('Send the deck soon');
  });

  it('notices a host that reverts the edit after it happened, with the real settle wait', async () => {
    const editor = editorWith('<p>Send the deck soon</p>');
    const insert = (text: string) => {
      const original = editor.innerHTML;
      browserInsert(text);
      // Like Notion redrawing its own model over an edit it did not make.
      queueMicrotask(() => {
        editor.innerHTML = original;
      });
      return true;
    };
    const outcome = await replaceText(rangeOf(editor, 'soon'), 'by Friday', editor, { insert });
    expect(outcome).toEqual({ ok: false, reason: 'the page undid the edit' });
    expect(editor.textContent).toBe('Send the deck soon');
  });

  it('says so when the host changed the text some other way', async () => {
    const editor = editorWith('<p>Send the deck soon</p>');
    const insert = (text: string) => browserInsert(`${text}!!`);
    const outcome = await replaceText(rangeOf(editor, 'soon'), 'by Friday', editor, { insert, settle: now });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.reason).toMatch(/Ctrl\+Z/);
  });

  it('refuses a range that spans a mention island without touching anything', async () => {
    const editor = editorWith('<p>Ask <span contenteditable="false">@sam</span> to send it soon</p>');
    const range = document.createRange();
    const paragraph = editor.firstChild!;
    range.setStart(paragraph.firstChild!, 0);
    range.setEnd(paragraph.lastChild!, 3);
    const insert = vi.fn(browserInsert);
    const outcome = await replaceText(range, 'Sam', editor, { insert, settle: now });
    expect(outcome).toEqual({ ok: false, reason: 'it would change a mention, a quote or a signature' });
    expect(insert).not.toHaveBeenCalled();
    expect(editor.textContent).toBe('Ask @sam to send it soon');
  });

  it('refuses text inside a quote, and inside a site-specific signature', async () => {
    const editor = editorWith(
      '<p>Thanks</p><blockquote>send it soon</blockquote><div class="sig">Sent soon</div>',
    );
    const insert = vi.fn(browserInsert);
    const quoted = await replaceText(rangeOf(editor, 'soon'), 'x', editor, { insert, settle: now });
    const signed = await replaceText(rangeOf(editor, 'Sent soon'), 'x', editor, {
      insert,
      settle: now,
      protect: '.sig',
    });
    const refused = { ok: false, reason: 'it would change a mention, a quote or a signature' };
    expect(quoted).toEqual(refused);
    expect(signed).toEqual(refused);
    expect(insert).not.toHaveBeenCalled();
  });

  it('refuses a range that is not in the editor any more', async () => {
    const editor = editorWith('<p>Send it soon</p>');
    const elsewhere = editorWith('<p>soon</p>');
    const outcome = await replaceText(rangeOf(elsewhere, 'soon'), 'x', editor, { settle: now });
    expect(outcome).toEqual({ ok: false, reason: 'the text is no longer in this message box' });
  });

  it('uses the browser command by default and reports a refusal where it does not exist', async () => {
    const editor = editorWith('<p>Send it soon</p>');
    const outcome = await replaceText(rangeOf(editor, 'soon'), 'by Friday', editor, { settle: now });
    // happy-dom has no execCommand: the default path must fail honestly, not pretend.
    expect(outcome).toEqual({ ok: false, reason: 'the page refused the edit' });
  });
});
