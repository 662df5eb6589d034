// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadFixture } from '../../tests/fixtures/load-fixture';
import { HOST_URLS } from '../../tests/fixtures/routes';
import { gmailAdapter, readGmailThread } from './gmail';
import { adapterUnderTest, flush } from './testing';
import type { ComposeBox } from './types';

const page = adapterUnderTest(gmailAdapter);
const watchBoxes = page.watchBoxes;

const dialogBox = (boxes: { box: ComposeBox }[]) =>
  boxes.find((b) => b.box.anchor.closest('[role=dialog]'))!.box;
const inlineBox = (boxes: { box: ComposeBox }[]) => boxes.find((b) => b.box.anchor.closest('.AO'))!.box;

/** Types on the first line of the body, above the signature, as Gmail places the caret. */
function type(box: ComposeBox, text: string) {
  const line = box.editor.firstElementChild!;
  line.textContent = text;
  box.editor.dispatchEvent(new Event('input', { bubbles: true }));
}
const key = (target: Element, init: KeyboardEventInit) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));

describe('Gmail adapter on the inbox fixture', () => {
  test('finds the restored new-message dialog and the inline reply at load', () => {
    loadFixture(HOST_URLS.gmailInbox);
    const boxes = watchBoxes();
    expect(boxes).toHaveLength(2);
    for (const { box } of boxes) {
      expect(box.editor.getAttribute('g_editable')).toBe('true');
      expect(box.anchor.contains(box.editor)).toBe(true);
      expect(box.anchor.querySelector('input[name=subjectbox]')).not.toBeNull();
    }
  });

  test('a second Compose is its own box; Send removes it and ends its lifetime only', async () => {
    loadFixture(HOST_URLS.gmailInbox);
    const boxes = watchBoxes();
    (document.querySelector('[gh=cm]') as HTMLElement).click();
    await flush();
    expect(boxes).toHaveLength(3);
    const second = boxes[2]!;
    expect(document.querySelectorAll('[role=dialog]')).toHaveLength(2);
    (second.box.anchor.querySelector('.T-I-atl:not(.hG)') as HTMLElement).click();
    await flush();
    expect(second.signal.aborted).toBe(true);
    expect(boxes.filter((b) => b.signal.aborted)).toHaveLength(1);
  });

  test('reads a new message: body only, To + Cc addresses, subject, not a reply', () => {
    loadFixture(HOST_URLS.gmailInbox);
    const box = dialogBox(watchBoxes());
    expect(box.readDraft().draft.text).toBe('');
    type(box, 'Can you send the figures soon?');
    expect(box.readDraft().draft).toEqual({
      text: 'Can you send the figures soon?',
      site: 'gmail',
      kind: 'email',
      recipients: ['sam.lee@acme.example', 'jordan.park@acme.example'],
      subject: 'Q3 launch plan',
      isReply: false,
    });
    // The names on the chips, for the owner fix ("Ask Sam"): Gmail's data-name, not part of the Draft.
    expect(box.readDraft().people).toEqual(['Sam Lee', 'Jordan Park']);
  });

  test('reads an inline reply without quoted history or signature, recipients from its collapsed chips', () => {
    loadFixture(HOST_URLS.gmailInbox);
    const box = inlineBox(watchBoxes());
    type(box, 'Sure, attached.');
    const { draft } = box.readDraft();
    expect(draft.text).toBe('Sure, attached.');
    expect(draft.text).not.toMatch(/ASAP|Friday|wrote:/);
    expect(draft.recipients).toEqual(['priya.ops@acme.example']);
    expect(draft.isReply).toBe(true);
    expect(draft.subject).toBe('Re: Launch checklist review');
  });

  test('the quote stays out once "Show trimmed content" unfolds it', () => {
    loadFixture(HOST_URLS.gmailInbox);
    const box = inlineBox(watchBoxes());
    (box.editor.querySelector('.ajR') as HTMLElement).click();
    expect((box.editor.querySelector('.gmail_quote_container') as HTMLElement).style.display).toBe('');
    type(box, 'Sure, attached.');
    expect(box.readDraft().draft.text).toBe('Sure, attached.');
  });

  test('chips added and removed in the To field change the recipients', () => {
    loadFixture(HOST_URLS.gmailInbox);
    const box = dialogBox(watchBoxes());
    const input = box.anchor.querySelector('[name=to] input') as HTMLInputElement;
    input.value = 'alex.kim@acme.example';
    key(input, { key: 'Enter' });
    expect(box.readDraft().draft.recipients).toEqual([
      'sam.lee@acme.example',
      'alex.kim@acme.example',
      'jordan.park@acme.example',
    ]);
    for (const remove of box.anchor.querySelectorAll('.afX')) (remove as HTMLElement).click();
    expect(box.readDraft().draft.recipients).toEqual([]);
  });

  test('rangeFor maps draft offsets to the body text on several lines', () => {
    loadFixture(HOST_URLS.gmailInbox);
    const box = dialogBox(watchBoxes());
    type(box, 'Hi Sam,');
    box.editor.children[1]!.textContent = 'Please review it by Friday.';
    const { draft, rangeFor } = box.readDraft();
    expect(draft.text).toBe('Hi Sam,\nPlease review it by Friday.');
    const at = draft.text.indexOf('by Friday');
    const range = rangeFor(at, at + 'by Friday'.length)!;
    expect(range.toString()).toBe('by Friday');
    expect(box.editor.children[1]!.contains(range.startContainer)).toBe(true);
  });

  test('a Send click and Ctrl/Cmd+Enter are reported while the text is still there', () => {
    loadFixture(HOST_URLS.gmailInbox);
    const boxes = watchBoxes();
    const seen: string[] = [];
    for (const { box } of boxes) {
      box.onSend(() => seen.push(box.readDraft().draft.text), page.signal);
      type(box, `sent from ${box.anchor.closest('[role=dialog]') ? 'dialog' : 'reply'}`);
    }
    (dialogBox(boxes).anchor.querySelector('.T-I-atl:not(.hG)') as HTMLElement).click();
    key(inlineBox(boxes).editor, { key: 'Enter', metaKey: true });
    expect(seen).toEqual(['sent from dialog', 'sent from reply']);
    expect(document.querySelectorAll('.M9')).toHaveLength(0);
  });

  test('neither Enter alone, the send-options arrow nor a send after the lifetime ends count as sending', () => {
    loadFixture(HOST_URLS.gmailInbox);
    const box = dialogBox(watchBoxes());
    const lifetime = new AbortController();
    let sends = 0;
    box.onSend(() => sends++, lifetime.signal);
    key(box.editor, { key: 'Enter' });
    (box.anchor.querySelector('.hG') as HTMLElement).click();
    lifetime.abort();
    (box.anchor.querySelector('.T-I-atl') as HTMLElement).click();
    expect(sends).toBe(0);
  });

  test('opt-outs are honoured; spellcheck is not one', () => {
    loadFixture(HOST_URLS.gmailInbox);
    const box = dialogBox(watchBoxes());
    box.editor.setAttribute('spellcheck', 'false');
    expect(box.optedOut()).toBe(false);
    // Grammarly's own attributes turn up in real captures of this body (traps.md, trap 2): not an opt-out.
    box.editor.setAttribute('data-gramm', 'false');
    box.anchor.setAttribute('data-enable-grammarly', 'false');
    expect(box.optedOut()).toBe(false);
    box.anchor.setAttribute('data-clearsend', 'off');
    expect(box.optedOut()).toBe(true);
  });
});

describe('Gmail markup traps from the evidence', () => {
  test('the compose dialog has no aria-label, and the body says spellcheck="false": neither stops Clearsend', () => {
    loadFixture(HOST_URLS.gmailInbox);
    const box = dialogBox(watchBoxes());
    expect(box.anchor.closest('[role=dialog]')!.hasAttribute('aria-label')).toBe(false);
    expect(box.editor.getAttribute('spellcheck')).toBe('false');
    expect(box.editor.getAttribute('writingsuggestions')).toBe('false');
    expect(box.optedOut()).toBe(false);
  });

  test("PeopleKit's body-level hovercard is no recipient", () => {
    loadFixture(HOST_URLS.gmailInbox);
    expect(document.querySelector('.afC.RuSUmb')?.textContent).toContain('jordan.park@acme.example');
    const box = dialogBox(watchBoxes());
    box.anchor.querySelector('.anm[name=cc] .agh')!.remove();
    expect(box.readDraft().draft.recipients).toEqual(['sam.lee@acme.example']);
  });

  test('a Cc row added from the Cc link is read', () => {
    loadFixture(HOST_URLS.gmailInbox);
    (document.querySelector('[gh=cm]') as HTMLElement).click();
    const boxes = watchBoxes();
    const fresh = boxes.find((b) => b.box.anchor.querySelector('[data-compose-id="c2"]'))!.box;
    (fresh.anchor.querySelector('.pE[role=link]') as HTMLElement).click();
    const cc = fresh.anchor.querySelector('.anm[name=cc] input') as HTMLInputElement;
    cc.value = 'ravi@acme.example';
    key(cc, { key: 'Enter' });
    expect(fresh.readDraft().draft.recipients).toEqual(['ravi@acme.example']);
  });

  test('in a forward the writer’s note inside .gmail_quote_container is read, the forwarded message is not', () => {
    loadFixture(HOST_URLS.gmailInbox);
    const box = dialogBox(watchBoxes());
    box.editor.innerHTML =
      '<div class="gmail_quote gmail_quote_container"><div dir="ltr">Can you check this by Friday?</div><br>' +
      '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br></div>' +
      '<div dir="ltr">Budget is due ASAP.</div></div></div>';
    expect(box.readDraft().draft.text.trim()).toBe('Can you check this by Friday?');
  });

  test('the Vietnamese UI reads the same way: no selector needs an English label', () => {
    loadFixture(HOST_URLS.gmailVietnamese);
    expect(document.documentElement.lang).toBe('vi');
    const boxes = watchBoxes();
    expect(boxes).toHaveLength(2);
    const box = dialogBox(boxes);
    expect(box.editor.getAttribute('aria-label')).toBe('Nội dung thư');
    const send = box.anchor.querySelector('.Up .T-I-atl:not(.hG)') as HTMLElement;
    expect(send.getAttribute('aria-label')).toBe('Gửi \u202A(Ctrl-Enter)\u202C');
    type(box, 'Can you send the figures?');
    expect(box.readDraft().draft).toMatchObject({
      text: 'Can you send the figures?',
      recipients: ['sam.lee@acme.example', 'jordan.park@acme.example'],
      subject: 'Q3 launch plan',
    });
    let sends = 0;
    box.onSend(() => sends++, page.signal);
    send.click();
    expect(sends).toBe(1);
  });
});

describe('Gmail adapter on the popped-out compose', () => {
  test('finds the compose with no dialog around it and reads it, recipients from the classic chip layout', () => {
    loadFixture(`${HOST_URLS.gmailPopout}&to=ravi@acme.example&su=Budget`);
    const boxes = watchBoxes();
    expect(boxes).toHaveLength(1);
    const { draft } = boxes[0]!.box.readDraft();
    expect(draft).toMatchObject({
      recipients: ['ravi@acme.example'],
      subject: 'Budget',
      isReply: false,
      text: '',
    });
  });
});

describe('Gmail adapter tolerance', () => {
  test('a page without compose structure yields no boxes and does not throw', async () => {
    document.body.innerHTML =
      '<div g_editable="true" contenteditable="true" role="textbox">a chat box</div><div class="M9"></div>';
    const boxes = watchBoxes();
    document.body.append(document.createElement('form'));
    await flush();
    expect(boxes).toHaveLength(0);
  });

  test('a compose missing its subject and recipient fields reads as having none', () => {
    document.body.innerHTML =
      '<div class="M9"><div g_editable="true" contenteditable="true"><div>Hello</div></div></div>';
    const [entry] = watchBoxes();
    expect(entry!.box.readDraft().draft).toEqual({
      text: 'Hello',
      site: 'gmail',
      kind: 'email',
      recipients: [],
      isReply: false,
    });
  });
});

/** A page of tests/fixtures/article as its own document (those pages are not served at a host URL). */
const articlePage = (file: string) =>
  new DOMParser().parseFromString(
    readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/article', file), 'utf8'),
    'text/html',
  );

describe('Gmail thread reader (Review this page)', () => {
  test('reads each message of the open thread under its sender, without quotes or signatures', () => {
    const thread = readGmailThread(articlePage('gmail-thread.html'))!;
    expect(thread.title).toBe('Vendor shortlist for the offsite');
    const texts = thread.blocks.map((block) => block.text);
    expect(texts).toContain('Message 1 from Ana Ruiz');
    expect(texts).toContain('Tom, can you call the two hotels and ask for group rates by June 3, 2031?');
    expect(texts).toContain('Message 2 from Tom Baker');
    expect(texts.join(' ')).not.toMatch(/Events|On Mon, Ana Ruiz wrote/);
  });

  test('keeps a blockquote the sender wrote, drops the "-- " line and a smart signature', () => {
    const doc = articlePage('gmail-thread.html');
    doc
      .querySelector('.a3s')!
      .insertAdjacentHTML(
        'beforeend',
        '<blockquote>The venue must seat forty.</blockquote><span class="gmail_signature_prefix">-- </span>' +
          '<div data-smartmail="gmail_signature">Ana, Events team</div>',
      );
    const texts = readGmailThread(doc)!.blocks.map((block) => block.text);
    expect(texts).toContain('The venue must seat forty.');
    expect(texts.join(' ')).not.toMatch(/--|Events team/);
  });

  test('reads the thread open in the inbox fixture, leaving the reply being written out', () => {
    loadFixture(HOST_URLS.gmailInbox);
    const thread = readGmailThread(document)!;
    expect(thread.title).toBe('Launch checklist review');
    expect(thread.blocks.map((block) => block.text)).toEqual([
      'Message 1 from Priya Raman',
      'Hi Sam, can you send me the final launch checklist? Thanks, Priya',
    ]);
  });

  test('finds no thread when Gmail shows only the inbox list', () => {
    expect(readGmailThread(articlePage('app-shell.html'))).toBeNull();
  });
});
