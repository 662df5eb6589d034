// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { loadFixture } from '../../tests/fixtures/load-fixture';
import { HOST_URLS } from '../../tests/fixtures/routes';
import { recentSenders, slackAdapter } from './slack';
import { adapterUnderTest, flush } from './testing';
import type { ComposeBox } from './types';

const page = adapterUnderTest(slackAdapter);
const watchBoxes = page.watchBoxes;

function onlyBox(): ComposeBox {
  const boxes = watchBoxes();
  expect(boxes).toHaveLength(1);
  return boxes[0]!.box;
}
const live = (boxes: { box: ComposeBox; signal: AbortSignal }[]) => boxes.filter((b) => !b.signal.aborted);

/** Types a line the way Quill leaves the DOM: the text in the editor's <p>, then an input event. */
function type(box: ComposeBox, text: string) {
  box.editor.querySelector('p')!.textContent = text;
  box.editor.dispatchEvent(new Event('input', { bubbles: true }));
}
const enter = (target: Element, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init }),
  );
const click = (selector: string) => (document.querySelector(selector) as HTMLElement).click();

describe('Slack adapter on the client fixture', () => {
  test('finds the channel composer, not Quill’s hidden clipboard editable', () => {
    loadFixture(HOST_URLS.slackChannel);
    const boxes = watchBoxes();
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.box.editor.classList.contains('ql-editor')).toBe(true);
    expect(boxes[0]!.box.anchor.querySelector('[data-qa=texty_send_button]')).not.toBeNull();
  });

  test('a channel draft: kind channel, the header name, no recipients', () => {
    loadFixture(HOST_URLS.slackChannel);
    const box = onlyBox();
    type(box, 'Can someone look at this today?');
    expect(box.readDraft().draft).toEqual({
      text: 'Can someone look at this today?',
      site: 'slack',
      kind: 'channel',
      isReply: false,
      channel: 'general',
    });
  });

  test('a restored draft reads its ts-mention as the label, and rangeFor keeps the mention whole', () => {
    loadFixture(HOST_URLS.slackDraftChannel);
    const box = onlyBox();
    const { draft, rangeFor } = box.readDraft();
    // The emoji embed reads as its data-stringify-text, without Quill's \uFEFF anchors.
    expect(draft.text).toBe('Hey @Priya Raman can you review the launch notes? :eyes:');
    expect(draft.channel).toBe('launch');
    const ask = draft.text.indexOf('review the launch notes');
    expect(rangeFor(ask, ask + 6)?.toString()).toBe('review');
    expect(rangeFor(4, 16)?.toString()).toBe('@Priya Raman');
    expect(rangeFor(0, 9)).toBeNull();
  });

  test('a DM is kind dm with the other person as recipient; a group DM lists everyone', () => {
    loadFixture(HOST_URLS.slackDm);
    const [dm] = watchBoxes();
    expect(dm!.box.readDraft().draft).toMatchObject({
      kind: 'dm',
      recipients: ['Priya Raman'],
      isReply: false,
    });
    loadFixture(HOST_URLS.slackGroupDm);
    const [group] = watchBoxes();
    expect(group!.box.readDraft().draft).toMatchObject({
      kind: 'dm',
      recipients: ['Jordan Park', 'Priya Raman'],
    });
  });

  test('switching conversation in the app ends the old composer and finds the new one with the new context', async () => {
    loadFixture(HOST_URLS.slackChannel);
    const boxes = watchBoxes();
    click('a[data-qa-channel-sidebar-channel-id=D0PRIYA]');
    await flush();
    expect(boxes[0]!.signal.aborted).toBe(true);
    expect(live(boxes)).toHaveLength(1);
    expect(live(boxes)[0]!.box.readDraft().draft).toMatchObject({ kind: 'dm', channel: 'Priya Raman' });
  });

  test('the thread pane has its own composer: kind thread, a reply, in the channel', async () => {
    loadFixture(HOST_URLS.slackChannel);
    const boxes = watchBoxes();
    click('[data-qa=reply_bar_count]');
    await flush();
    expect(live(boxes)).toHaveLength(2);
    const thread = live(boxes).find((b) => b.box.editor.closest('[data-qa=threads_flexpane]'))!;
    type(thread.box, 'On it.');
    expect(thread.box.readDraft().draft).toEqual({
      text: 'On it.',
      site: 'slack',
      kind: 'thread',
      isReply: true,
      channel: 'general',
    });
    click('[data-qa=close_flexpane]');
    await flush();
    expect(thread.signal.aborted).toBe(true);
    expect(live(boxes)).toHaveLength(1);
  });

  test('Enter is reported before Slack clears the box; Shift+Enter and Enter in the mention menu are not sends', () => {
    const win = loadFixture(HOST_URLS.slackChannel);
    const box = onlyBox();
    const seen: string[] = [];
    box.onSend(() => seen.push(box.readDraft().draft.text), page.signal);
    type(box, 'Shipping now');
    enter(box.editor, { shiftKey: true });
    box.editor.setAttribute('aria-expanded', 'true');
    enter(box.editor);
    box.editor.setAttribute('aria-expanded', 'false');
    enter(box.editor.querySelector('p')!);
    expect(seen).toEqual(['Shipping now']);
    expect(win.__slackSent).toEqual([
      { conversation: 'C0GENERAL', context: 'message-pane', text: 'Shipping now' },
    ]);
    expect(box.readDraft().draft.text).toBe('');
  });

  test('the send button is reported too, but not while Slack shows it disabled', () => {
    loadFixture(HOST_URLS.slackChannel);
    const box = onlyBox();
    const seen: string[] = [];
    box.onSend(() => seen.push(box.readDraft().draft.text), page.signal);
    click('[data-qa=texty_send_button]');
    type(box, 'Via the button');
    click('[data-qa=texty_send_button]');
    expect(seen).toEqual(['Via the button']);
  });

  test('Quill\'s data-gramm="false" is not an opt-out; data-clearsend="off" is', () => {
    loadFixture(HOST_URLS.slackChannel);
    const box = onlyBox();
    expect(box.editor.getAttribute('data-gramm')).toBe('false');
    expect(box.optedOut()).toBe(false);
    box.editor.closest('[data-qa=message_input]')!.setAttribute('data-clearsend', 'off');
    expect(box.optedOut()).toBe(true);
  });
});

describe('Slack markup traps from the evidence', () => {
  test('the Jump-to search box, another Quill editor, is not a composer (both of its shapes)', () => {
    for (const url of [HOST_URLS.slackChannel, HOST_URLS.slackJapanese]) {
      loadFixture(url);
      expect(document.querySelectorAll('.ql-editor:not(.ql-clipboard)')).toHaveLength(2);
      const boxes = watchBoxes();
      expect(boxes).toHaveLength(1);
      expect(boxes[0]!.box.editor.closest('[data-qa=message_input]')).not.toBeNull();
    }
  });

  test('the editor carries Quill’s defaults and Slack’s real spellcheck="true"', () => {
    loadFixture(HOST_URLS.slackChannel);
    const { editor } = onlyBox();
    expect(
      editor.matches('.ql-editor.ql-blank[data-gramm="false"][data-qa="texty_input"][role="textbox"]'),
    ).toBe(true);
    expect(editor.getAttribute('spellcheck')).toBe('true');
  });

  test('the schedule-send arrow beside Send is no send', () => {
    loadFixture(HOST_URLS.slackChannel);
    const box = onlyBox();
    let sends = 0;
    box.onSend(() => sends++, page.signal);
    type(box, 'Later');
    click('[data-qa=texty_send_options_button]');
    expect(sends).toBe(0);
  });

  test('a read-only channel has no composer', () => {
    loadFixture(HOST_URLS.slackReadOnly);
    expect(document.querySelector('.p-message_input_roadblock')).not.toBeNull();
    expect(watchBoxes()).toHaveLength(0);
  });

  test('the Japanese UI reads the same: no selector needs an English label', () => {
    loadFixture(HOST_URLS.slackJapanese);
    expect(document.documentElement.lang).toBe('ja');
    expect(document.querySelector('[data-qa=texty_send_button]')?.getAttribute('aria-label')).toBe(
      'メッセージを送信',
    );
    const box = onlyBox();
    type(box, 'Can someone check the numbers?');
    expect(box.readDraft().draft).toEqual({
      text: 'Can someone check the numbers?',
      site: 'slack',
      kind: 'channel',
      isReply: false,
      channel: 'zatsudan',
    });
    let sends = 0;
    box.onSend(() => sends++, page.signal);
    click('[data-qa=texty_send_button]');
    expect(sends).toBe(1);
  });
});

describe('Slack adapter tolerance', () => {
  test('a page without composers yields none, and a bare textbox is read without a URL or header', () => {
    document.body.innerHTML = '<div class="p-client"><input type="search"></div>';
    const boxes = watchBoxes();
    expect(boxes).toHaveLength(0);
    // With no composer container and no send button of its own, an editable is a search box, not a composer.
    document.body.innerHTML = '<div role="textbox" contenteditable="true"><p>hello</p></div>';
    expect(watchBoxes()).toHaveLength(0);
    document.body.innerHTML =
      '<div><div role="textbox" contenteditable="true"><p>hello</p></div><button data-qa="texty_send_button"></button></div>';
    const [entry] = watchBoxes();
    expect(entry!.box.readDraft().draft).toEqual({
      text: 'hello',
      site: 'slack',
      kind: 'channel',
      isReply: false,
    });
  });
});

/** A message of Slack's list as the 2024 capture nests it; no name: a message in a run by the sender above it. */
const message = (name?: string) =>
  `<div data-qa="virtual-list-item"><div data-qa="message_container"><div data-qa="message_content">${
    name
      ? // Some messages hold the name twice in message_sender: the button's, and a copy for screen readers.
        `<span data-qa="message_sender"><span><button data-qa="message_sender_name">${name}</button></span><span>${name}</span></span>`
      : ''
  }<div data-qa="message-text">…</div></div></div></div>`;
const composer =
  '<div data-qa="message_input"><div class="ql-editor" contenteditable="true"><p><br></p></div></div>';

describe('Slack: who an unowned ask can go to', () => {
  test("in a channel, the channel's senders, newest first, each once; a message without a name is its run's", () => {
    loadFixture(HOST_URLS.slackChannel);
    const list = document.querySelector('[data-qa=slack_kit_list]')!;
    expect(list.querySelectorAll('[data-qa=message_container]')).toHaveLength(5);
    expect(list.querySelectorAll('[data-qa=message_sender_name]')).toHaveLength(4);
    expect(onlyBox().readDraft().people).toEqual(['Alex Kim', 'Jordan Park', 'Priya Raman', 'Aiko Tanaka']);
  });

  test("in the thread pane, the thread's senders (its parent message included), not the channel's", async () => {
    loadFixture(HOST_URLS.slackThread);
    const boxes = watchBoxes();
    await flush();
    const inPane = (b: { box: ComposeBox }) => !!b.box.editor.closest('[data-qa=threads_flexpane]');
    expect(live(boxes).find(inPane)!.box.readDraft().people).toEqual([
      'Mei Lin',
      'Jordan Park',
      'Priya Raman',
    ]);
    expect(
      live(boxes)
        .find((b) => !inPane(b))!
        .box.readDraft().people,
    ).toEqual(['Alex Kim', 'Jordan Park', 'Priya Raman', 'Aiko Tanaka']);
  });

  test("at most five, the name's button read (not its screen-reader copy), its white space tidied", () => {
    const names = [
      'Ana Ruiz',
      'Ben Ode',
      'Ben Ode',
      'Cy Park',
      'Dee Lam',
      'Eli Roth',
      'Fay Wu',
      'Gus\n    Hale',
    ];
    document.body.innerHTML = `<div class="p-view_contents"><div role="list">${[...names.map(message), message()].join('')}</div>${composer}</div>`;
    const editor = document.querySelector<HTMLElement>('.ql-editor')!;
    expect(recentSenders(editor)).toEqual(['Gus Hale', 'Fay Wu', 'Eli Roth', 'Dee Lam', 'Cy Park']);
  });

  test('without a known view around the composer, the nearest area holding messages; none, nobody', () => {
    document.body.innerHTML = `<main><div role="list">${message('Ana Ruiz')}${message('Ben Ode')}</div><footer>${composer}</footer></main>`;
    expect(recentSenders(document.querySelector<HTMLElement>('.ql-editor')!)).toEqual([
      'Ben Ode',
      'Ana Ruiz',
    ]);
    document.body.innerHTML = composer;
    expect(recentSenders(document.querySelector<HTMLElement>('.ql-editor')!)).toEqual([]);
  });
});
