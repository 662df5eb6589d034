// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadFixture } from '../../tests/fixtures/load-fixture';
import { HOST_URLS } from '../../tests/fixtures/routes';
import { mentionedPeople, notionAdapter, readNotionPage } from './notion';
import { adapterUnderTest, flush, type WatchedBox } from './testing';

const page = adapterUnderTest(notionAdapter);
const watchBoxes = page.watchBoxes;

type Entry = WatchedBox;
const kindOf = (entry: Entry) => entry.box.readDraft().draft.kind;
const live = (boxes: Entry[], kind: string) => boxes.filter((b) => !b.signal.aborted && kindOf(b) === kind);
const pageBox = (boxes: Entry[]) => live(boxes, 'page')[0]!.box;

const BODY =
  'Goals\nShip the new onboarding flow to every workspace. Background is in Team notes and the review is with @Priya Raman and @Jordan Park on @December 8, 2026.\nFreeze the copy on the onboarding page.';

describe('Notion adapter on the page fixture', () => {
  test('finds the page editor and the comment composer, one box each', () => {
    loadFixture(HOST_URLS.notionPage);
    const boxes = watchBoxes();
    expect(boxes.map(kindOf).sort()).toEqual(['comment', 'page']);
    const root = pageBox(boxes).editor;
    // One editable root over the page: it holds the title, the comments and the content (traps.md 16).
    expect(root.matches('[data-content-editable-root][contenteditable="true"]')).toBe(true);
    expect(root.querySelector('.notion-page-content')).not.toBeNull();
    expect(root.querySelector('h1')).not.toBeNull();
  });

  test("the theme is Notion's app element's (notion-light-theme / notion-dark-theme), for the page and its comments", () => {
    loadFixture(HOST_URLS.notionPage);
    const boxes = watchBoxes();
    const app = document.querySelector('#notion-app > .notion-app-inner');
    expect(app?.classList.contains('notion-light-theme')).toBe(true);
    expect(live(boxes, 'page')[0]!.box.themeHolder?.()).toBe(app);
    expect(live(boxes, 'comment')[0]!.box.themeHolder?.()).toBe(app);
  });

  test('the draft leaves out the title, the list marker, the comments and the margin discussion', () => {
    loadFixture(HOST_URLS.notionPage);
    const { text } = pageBox(watchBoxes()).readDraft().draft;
    expect(text).not.toMatch(/Launch plan|1\.|Looks good|cut scope|JavaScript/);
  });

  test.each([
    ['www.notion.so', HOST_URLS.notionPage],
    ['app.notion.com', HOST_URLS.notionAppPage],
  ])('finds the same page at %s, and its links stay on that origin', (_origin, url) => {
    loadFixture(url);
    expect(pageBox(watchBoxes()).readDraft().draft.channel).toBe('Launch plan');
    const link = document.querySelector<HTMLAnchorElement>('.notion-page-mention-token')!;
    expect(new URL(link.href).origin).toBe(new URL(url).origin);
    if (url.includes('app.notion.com')) expect(new URL(link.href).pathname).toMatch(/^\/p\/[0-9a-f]{32}$/);
  });

  test('the Korean UI (translated placeholders, a div frame) reads the same way', () => {
    loadFixture(HOST_URLS.notionKoreanPage);
    expect(document.documentElement.lang).toBe('ko');
    expect(document.querySelector('.notion-frame')?.localName).toBe('div');
    const boxes = watchBoxes();
    expect(boxes.map(kindOf).sort()).toEqual(['comment', 'page']);
    expect(pageBox(boxes).readDraft().draft).toMatchObject({
      channel: '출시 계획',
      text: '목표\nFreeze the onboarding copy.',
    });
  });

  test('the blocks form one draft without the code block, titled by the page', () => {
    loadFixture(HOST_URLS.notionPage);
    const { draft } = pageBox(watchBoxes()).readDraft();
    expect(draft).toEqual({
      text: BODY,
      site: 'notion',
      kind: 'page',
      isReply: false,
      channel: 'Launch plan',
    });
    expect(draft.text).not.toContain('rollout');
  });

  test('text typed in a new block joins the draft on its own line', () => {
    loadFixture(HOST_URLS.notionPage);
    const box = pageBox(watchBoxes());
    const leaves = box.editor.querySelectorAll('.notion-page-content [data-content-editable-leaf]');
    const last = leaves[leaves.length - 1]!;
    last.textContent = 'Can you own the rollout?';
    last.dispatchEvent(new Event('input', { bubbles: true }));
    expect(box.readDraft().draft.text).toBe(`${BODY}\nCan you own the rollout?`);
  });

  test('the badge frame is the block being written, or the page content before the writer is anywhere', () => {
    loadFixture(HOST_URLS.notionPage);
    const box = pageBox(watchBoxes());
    expect(box.frame?.()).toBe(document.querySelector('.notion-page-content'));
    const leaves = box.editor.querySelectorAll('.notion-page-content [data-content-editable-leaf]');
    const last = leaves[leaves.length - 1]!;
    last.textContent = 'Can you own the rollout?';
    const range = document.createRange();
    range.setStart(last.firstChild!, 3);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
    expect(box.frame?.()).toBe(last.closest('[data-block-id]'));
  });

  test('the badge frame follows the caret at once: a click on a marked word opens the panel before selectionchange', () => {
    loadFixture(HOST_URLS.notionPage);
    const box = pageBox(watchBoxes());
    const caretIn = (element: Element) => {
      const range = document.createRange();
      range.setStart(element, 0);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    };
    const blocks = box.editor.querySelectorAll('.notion-page-content > [data-block-id]');
    const ask = blocks[1]!.querySelector('[data-content-editable-leaf]')!;
    caretIn(blocks[blocks.length - 1]!.querySelector('[data-content-editable-leaf]')!);
    document.dispatchEvent(new Event('selectionchange'));
    // The click has put the caret in the ask's block; the browser has not said so yet.
    const unsaid = (event: Event) => event.stopPropagation();
    window.addEventListener('selectionchange', unsaid, true);
    try {
      caretIn(ask);
      expect(box.frame?.()).toBe(blocks[1]);
    } finally {
      window.removeEventListener('selectionchange', unsaid, true);
    }
    document.dispatchEvent(new Event('selectionchange'));
    // In the page's comment box the caret is not in the page's text: the badge stays by the block written last.
    caretIn(document.querySelector('.notion-page-view-discussion [contenteditable="true"]')!);
    expect(box.frame?.()).toBe(blocks[1]);
  });

  test('rangeFor maps into the right leaf and keeps mentions whole', () => {
    loadFixture(HOST_URLS.notionPage);
    const { draft, rangeFor } = pageBox(watchBoxes()).readDraft();
    const at = draft.text.indexOf('every workspace');
    const range = rangeFor(at, at + 'every workspace'.length)!;
    expect(range.toString()).toBe('every workspace');
    expect(range.startContainer.parentElement?.closest('[data-block-id]')?.className).toContain(
      'notion-text-block',
    );
    const mention = draft.text.indexOf('Team notes');
    expect(rangeFor(mention, mention + 'Team notes'.length)?.toString()).toBe('Team notes');
    expect(rangeFor(mention + 2, mention + 20)).toBeNull();
  });

  test('navigating in the app ends the old boxes and finds the new page inside the same frame', async () => {
    loadFixture(HOST_URLS.notionPage);
    const boxes = watchBoxes();
    const frame = document.querySelector('.notion-frame');
    (document.querySelector('.notion-sidebar a[href*="Team-notes"]') as HTMLElement).click();
    await flush();
    expect(document.querySelector('.notion-frame')).toBe(frame);
    expect(boxes.slice(0, 2).every((b) => b.signal.aborted)).toBe(true);
    expect(live(boxes, 'page')).toHaveLength(1);
    expect(live(boxes, 'comment')).toHaveLength(1);
    expect(pageBox(boxes).readDraft().draft).toMatchObject({
      channel: 'Team notes',
      text: 'This week\nRetro moved to Wednesday.',
    });
  });

  test('the comment draft is its own, titled by the page; posting a comment is no send', () => {
    loadFixture(HOST_URLS.notionPage);
    const comment = live(watchBoxes(), 'comment')[0]!.box;
    let sends = 0;
    comment.onSend(() => sends++, page.signal);
    comment.editor.textContent = 'Who owns this?';
    expect(comment.readDraft().draft).toEqual({
      text: 'Who owns this?',
      site: 'notion',
      kind: 'comment',
      isReply: false,
      channel: 'Launch plan',
    });
    comment.editor.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }),
    );
    expect(document.querySelectorAll('.notion-discussion-comment')).toHaveLength(2);
    expect(sends).toBe(0);
  });

  test('opt-outs are honoured', () => {
    loadFixture(HOST_URLS.notionPage);
    const box = pageBox(watchBoxes());
    expect(box.optedOut()).toBe(false);
    box.editor.setAttribute('data-enable-grammarly', 'false');
    expect(box.optedOut()).toBe(false);
    document.body.setAttribute('data-clearsend', 'off');
    expect(box.optedOut()).toBe(true);
  });
});

describe('Notion adapter tolerance', () => {
  test('a page without Notion structure yields no boxes', async () => {
    document.body.innerHTML = '<main><div contenteditable="true">notes</div><h1>Title</h1></main>';
    const boxes = watchBoxes();
    document.body.append(document.createElement('section'));
    await flush();
    expect(boxes).toHaveLength(0);
  });

  test('an editor root with no frame or title block takes its title from the document', () => {
    document.title = 'Roadmap';
    document.body.innerHTML =
      '<div data-content-editable-root="true" contenteditable="true"><div class="notion-page-content"><div data-block-id="1"><div data-content-editable-leaf="true" contenteditable="true">Hi</div></div></div></div>';
    expect(pageBox(watchBoxes()).readDraft().draft).toMatchObject({ text: 'Hi', channel: 'Roadmap' });
  });

  test('a read-only page (public notion.site, saved captures) and a Lark doc with the same attributes yield no box', async () => {
    // Read-only: the root is not editable (traps.md 19). Lark/Feishu: an editable root with no Notion content.
    document.body.innerHTML =
      '<div data-content-editable-root="true"><div class="notion-page-content"><div data-block-id="1"><div data-content-editable-leaf="true" contenteditable="false">Hi</div></div></div></div>' +
      '<div class="page-block root-block" data-content-editable-root="true" contenteditable="true"><div data-block-id="2">Lark</div></div>';
    const boxes = watchBoxes();
    await flush();
    expect(boxes).toHaveLength(0);
  });
});

describe('Notion focus', () => {
  test('focus() gives the root the focus back with the caret where the user was typing', async () => {
    loadFixture(HOST_URLS.notionPage);
    const box = pageBox(watchBoxes());
    const leaf = box.editor.querySelectorAll<HTMLElement>(
      '.notion-page-content [data-content-editable-leaf]',
    )[1]!;
    box.editor.focus();
    const range = document.createRange();
    range.setStart(leaf.firstChild!, 5);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
    await flush();
    box.editor.blur();
    getSelection()!.removeAllRanges();
    box.focus();
    expect(document.activeElement).toBe(box.editor);
    expect(getSelection()!.getRangeAt(0).startContainer).toBe(leaf.firstChild);
    expect(getSelection()!.getRangeAt(0).startOffset).toBe(5);
  });
});

describe('Notion fixture model', () => {
  test('the page model follows typed edits (input events) and not silent DOM writes', () => {
    const win = loadFixture(HOST_URLS.notionPage);
    const box = pageBox(watchBoxes());
    const leaves = box.editor.querySelectorAll('.notion-page-content [data-content-editable-leaf]');
    const last = leaves[leaves.length - 1]!;
    last.textContent = 'Silent write';
    expect(win.__notionDraft).not.toContain('Silent write');
    last.dispatchEvent(new Event('input', { bubbles: true }));
    expect(win.__notionDraft).toContain('Silent write');
  });
});

describe('Notion: who an unowned ask can go to', () => {
  test('the people the page mentions, in its order, for the page and for its comment box', () => {
    loadFixture(HOST_URLS.notionPage);
    // The page link and the date are mention tokens too.
    expect(document.querySelectorAll('.notion-text-mention-token')).toHaveLength(4);
    const boxes = watchBoxes();
    expect(pageBox(boxes).readDraft().people).toEqual(['Priya Raman', 'Jordan Park']);
    expect(live(boxes, 'comment')[0]!.box.readDraft().people).toEqual(['Priya Raman', 'Jordan Park']);
  });

  test('no link, no date, nothing outside the page: each person once, at most five', () => {
    const person = (name: string) =>
      `<span class="notion-text-mention-token" contenteditable="false">@${name}</span>`;
    document.body.innerHTML = `<nav>${person('Not On The Page')}</nav><div class="notion-frame"><div data-content-editable-root="true" contenteditable="true">
      <div data-content-editable-leaf="true">${person('Ana Ruiz')} and
        <a href="/p/1" class="notion-page-mention-token notion-text-mention-token" contenteditable="false">Roadmap</a>,
        <a href="/p/2"><span class="notion-text-mention-token">Old link</span></a>,
        <span class="notion-text-mention-token" contenteditable="false"><span class="notion-reminder">@Friday</span></span>
        ${['Ben Ode', 'Ana Ruiz', 'Cy Park', 'Dee Lam', 'Eli Roth', 'Fay Wu'].map(person).join(' ')}</div>
    </div></div>`;
    const root = document.querySelector<HTMLElement>('[data-content-editable-root]')!;
    expect(mentionedPeople(root)).toEqual(['Ana Ruiz', 'Ben Ode', 'Cy Park', 'Dee Lam', 'Eli Roth']);
  });
});

/** A page of tests/fixtures/article as its own document (those pages are not served at a host URL). */
const articlePage = (file: string) =>
  new DOMParser().parseFromString(
    readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/article', file), 'utf8'),
    'text/html',
  );

describe('Notion page reader (Review this page)', () => {
  test('reads the current page block by block under its title, skipping code blocks', () => {
    expect(readNotionPage(articlePage('notion-page.html'))).toEqual({
      title: 'Launch checklist',
      blocks: [
        { kind: 'heading', text: 'Before launch' },
        { kind: 'paragraph', text: 'Rosa, please confirm the press embargo time by July 8, 2031.' },
        { kind: 'paragraph', text: 'Someone should check the status page copy soon.' },
      ],
    });
  });

  test('reads the page of the host fixture, the title not repeated as a block', () => {
    loadFixture(HOST_URLS.notionPage);
    const page = readNotionPage(document)!;
    expect(page.title).toBe('Launch plan');
    expect(page.blocks.map((block) => block.text)).toContain('Goals');
    expect(page.blocks.map((block) => block.text)).not.toContain('Launch plan');
  });

  test('finds no page where Notion shows no editable page', () => {
    expect(readNotionPage(articlePage('app-shell.html'))).toBeNull();
  });
});
