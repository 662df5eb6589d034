// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { loadFixture } from '../../tests/fixtures/load-fixture';
import { HOST_URLS } from '../../tests/fixtures/routes';
import { genericAdapter } from './generic';
import { teamsAdapter } from './teams';
import { adapterUnderTest, flush } from './testing';
import type { ComposeBox } from './types';

const page = adapterUnderTest(teamsAdapter('https://teams.microsoft.com'));

/** Types into the box's paragraph, as CKEditor keeps it. */
function type(box: ComposeBox, text: string) {
  box.editor.querySelector('p')!.textContent = text;
  box.editor.dispatchEvent(new Event('input', { bubbles: true }));
}
const key = (target: Element, init: KeyboardEventInit) =>
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init }),
  );
const sent = () => (window as unknown as { __sent: string[] }).__sent;
const label = (box: ComposeBox) => box.editor.getAttribute('aria-label');

describe('Teams adapter on the Teams fixture', () => {
  test('a channel: the new-post box is a channel post with the channel’s name; the box under a post is a reply', () => {
    loadFixture(HOST_URLS.teamsChannel);
    const boxes = page.watchBoxes().map((b) => b.box);
    expect(boxes.map(label)).toEqual(['Reply', 'Start a post']);
    const [reply, post] = boxes as [ComposeBox, ComposeBox];
    type(post, 'Can someone send the deck by Friday?');
    expect(post.readDraft().draft).toEqual({
      text: 'Can someone send the deck by Friday?',
      site: 'https://teams.microsoft.com',
      kind: 'channel',
      isReply: false,
      channel: 'Launch',
    });
    expect(reply.readDraft().draft).toMatchObject({ kind: 'thread', isReply: true, channel: 'Launch' });
    expect(post.anchor.querySelector('[data-tid="newMessageCommands-send"]')).not.toBeNull();
  });

  test('a 1:1 or a group chat reads as a direct message; the search box is never a box', () => {
    const cloud = HOST_URLS.teamsChat.replace('teams.microsoft.com', 'teams.cloud.microsoft');
    for (const url of [cloud, HOST_URLS.teamsGroupChat, 'https://teams.microsoft.com/v2/']) {
      loadFixture(url);
      const boxes = page.watchBoxes();
      expect(boxes, url).toHaveLength(1);
      expect(boxes[0]!.box.readDraft().draft).toMatchObject({ kind: 'dm', isReply: false });
      expect(boxes[0]!.box.readDraft().draft.channel).toBeUndefined();
    }
  });

  test('the box is found by its data-tid only: the same with every label gone', () => {
    loadFixture(HOST_URLS.teamsChannel);
    for (const element of document.querySelectorAll('[aria-label], [title]')) {
      element.removeAttribute('aria-label');
      element.removeAttribute('title');
    }
    expect(page.watchBoxes()).toHaveLength(2);
    // The generic adapter finds them as well (it would read every box as a group comment): the site's tells them apart.
    let generic = 0;
    genericAdapter('https://teams.microsoft.com').watch(document, () => generic++, page.signal);
    expect(generic).toBe(2);
  });

  test('Enter sends, seen before Teams empties the box; Shift+Enter does not; the send button does', async () => {
    loadFixture(HOST_URLS.teamsChat);
    const { box, signal } = page.watchBoxes()[0]!;
    const seen: string[] = [];
    box.onSend(() => seen.push(box.readDraft().draft.text), signal);
    type(box, 'Priya, can you send the deck by Friday?');
    key(box.editor.querySelector('p')!, { shiftKey: true });
    expect(seen).toEqual([]);
    key(box.editor.querySelector('p')!, {});
    await flush();
    expect(seen).toEqual(['Priya, can you send the deck by Friday?']);
    expect(sent()).toEqual(['Priya, can you send the deck by Friday?']);
    expect(box.readDraft().draft.text).toBe('');
    type(box, 'And the notes?');
    (box.anchor.querySelector('[data-tid="newMessageCommands-send"]') as HTMLElement).click();
    expect(seen).toEqual(['Priya, can you send the deck by Friday?', 'And the notes?']);
  });

  test("one box's send is not another's: the reply's button does not send the new post", () => {
    loadFixture(HOST_URLS.teamsChannel);
    const [reply, post] = page.watchBoxes();
    const seen: string[] = [];
    post!.box.onSend(() => seen.push('post'), post!.signal);
    reply!.box.onSend(() => seen.push('reply'), reply!.signal);
    (reply!.box.anchor.querySelector('[data-tid="newMessageCommands-send"]') as HTMLElement).click();
    expect(seen).toEqual(['reply']);
  });
});
