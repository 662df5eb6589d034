import { normalizeText, readBlocks, type TitledBlocks } from '../dom/blocks';
import { mapText } from '../dom/text-map';
import { distinctTexts, isOptedOut, MOST_PEOPLE, watchBoxes } from './common';
import type { ComposeBox, DraftSnapshot, SiteAdapter } from './types';

// Every selector is pinned by tests/fixtures/notion/*.html and lib/hosts/notion.test.ts, and follows
// ../shared/hosts/notion-evidence.md. Notion has ONE editable root over the page, which contains the title, the
// page comments and `.notion-page-content`; each block has its own nested leaf, and focus and key events land on
// the root, so the selection tells which leaf is edited (traps.md 16). Code leaves and the comment box sit inside
// contenteditable=false islands, so each is its own editing host. Placeholders are translated ("Untitled" /
// "제목 없음"), so none is read; the 2026 classes are hashed (StyleX), so only `notion-*` classes and data-* are used.
const PAGE_ROOT = '[data-content-editable-root][contenteditable="true"]';
/** Feishu / Lark reuse data-content-editable-root; only a root holding Notion's page content is a Notion page. */
const PAGE_CONTENT = '.notion-page-content';
/** Where comments are written: the page's discussion between title and body, a block's margin discussion. */
const DISCUSSION =
  '.notion-page-view-discussion, .notion-margin-discussion-item, .notion-discussion-container';
const COMMENT = `:is(${DISCUSSION}) [contenteditable="true"]`;
/** The page title: the leaf of the page block; only the title is an h1 (headings are h2–h4, traps.md 17). */
const TITLE = '.notion-page-block [data-content-editable-leaf], .notion-page-block h1, h1';
const TITLE_BLOCK = '.notion-page-block';
const FRAME = '.notion-frame, .notion-peek-renderer';
const BLOCK = '[data-block-id]';
/** The block, not the inner `div.line-numbers.notion-code-block` that shares the class (traps.md 18). */
const CODE = '.notion-selectable.notion-code-block, .notion-code-block';
const MENTION = '.notion-page-mention-token, .notion-text-mention-token, .notion-user-mention-token';
/**
 * An inline mention token. Notion gives the same class to a page mention (a link, `<a>`) and a date (a
 * `.notion-reminder` inside it): a person is a token that is neither.
 */
const MENTION_TOKEN = '.notion-text-mention-token';
/**
 * Notion paints light or dark by a class on its app element, `.notion-app-inner.notion-light-theme` /
 * `.notion-dark-theme` (Notion-Boost's HELP.md, "Theme"; its theme colours are custom properties of those classes),
 * not on <html> or <body> alone: the overlay must watch it to repaint when the writer switches.
 */
const THEME_HOLDER = '.notion-app-inner';
const REMINDER = '.notion-reminder';

export const notionAdapter: SiteAdapter = {
  site: 'notion',
  watch(doc, onBox, signal) {
    watchBoxes(doc, PAGE_ROOT, pageBox, onBox, signal);
    watchBoxes(doc, COMMENT, commentBox, onBox, signal);
  },
};

function pageBox(root: HTMLElement, signal: AbortSignal): ComposeBox | null {
  if (!root.querySelector(PAGE_CONTENT)) return null;
  // The root is the focus target, so focusing it alone would put the caret at the top of the page: remember
  // where in the root the writer last was, to give it back after a card took the focus.
  let last: Range | null = null;
  const doc = root.ownerDocument;
  /** The caret, when it is in the page's text (not in a comment box). */
  const caret = () => {
    const range = doc.getSelection()?.rangeCount ? doc.getSelection()!.getRangeAt(0) : null;
    return range &&
      root.contains(range.startContainer) &&
      !range.startContainer.parentElement?.closest(DISCUSSION)
      ? range
      : null;
  };
  doc.addEventListener(
    'selectionchange',
    () => {
      last = caret()?.cloneRange() ?? last;
    },
    { signal },
  );
  const focus = () => {
    root.focus({ preventScroll: true });
    const selection = doc.getSelection();
    if (last && root.contains(last.startContainer) && selection) {
      selection.removeAllRanges();
      selection.addRange(last);
    }
  };
  const skipPagePart = (element: Element) => element.matches(TITLE_BLOCK);
  // The badge goes by the block being written, not at the bottom of the whole page (a long page would put it
  // a screen away); the page's content before the writer has been anywhere.
  const content = root.querySelector<HTMLElement>(PAGE_CONTENT)!;
  const frame = () => {
    // The caret as it is now: a click on a marked word opens the panel before the browser reports the selection.
    const block = (caret() ?? last)?.startContainer.parentElement?.closest<HTMLElement>(BLOCK);
    return block && content.contains(block) ? block : content;
  };
  return {
    ...box(root, root, 'page', skipPagePart),
    focus,
    frame,
    recordOn: 'leave',
    breakLine: () => newBlock(root),
  };
}

/**
 * A new block after the caret's, as Enter makes one: Notion handles the key itself (it cancels it) and moves the
 * caret into the new block. A "\n" typed into a leaf is no block to Notion's model. False when nothing took the key.
 */
function newBlock(root: HTMLElement): boolean {
  const enter = { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true, composed: true };
  return !root.dispatchEvent(new KeyboardEvent('keydown', enter));
}

function commentBox(editor: HTMLElement): ComposeBox | null {
  // Only an editing host: an editable inside another editable (with no island between) is part of that one.
  if (editor.parentElement?.closest('[contenteditable]')?.getAttribute('contenteditable') === 'true')
    return null;
  const anchor = (editor.closest(DISCUSSION) ?? editor.parentElement ?? editor) as HTMLElement;
  return box(editor, anchor, 'comment', () => false);
}

function box(
  editor: HTMLElement,
  anchor: HTMLElement,
  kind: 'page' | 'comment',
  skipPart: (element: Element) => boolean,
): ComposeBox {
  return {
    editor,
    anchor,
    protect: `${MENTION}, ${CODE}`,
    readDraft: () => readDraft(editor, kind, skipPart),
    // Notion saves as you type: there is no send to see. History counts a page once per day instead.
    onSend: () => undefined,
    optedOut: () => isOptedOut(editor),
    focus: () => editor.focus({ preventScroll: true }),
    themeHolder: () => editor.closest(THEME_HOLDER),
  };
}

function readDraft(
  editor: HTMLElement,
  kind: 'page' | 'comment',
  skipPart: (element: Element) => boolean,
): DraftSnapshot {
  const map = mapText(editor, {
    // Code blocks are not prose; other non-editable bits (list markers, drag handles, the comment island, embeds)
    // are not the writer's text at all.
    skip: (element) =>
      skipPart(element) ||
      element.matches(CODE) ||
      (element.getAttribute('contenteditable') === 'false' && !element.matches(MENTION)),
    island: (element) => (element.matches(MENTION) ? (element.textContent ?? '').trim() : null),
  });
  const title = titleFor(editor);
  return {
    draft: { text: map.text, site: 'notion', kind, isReply: false, ...(title ? { channel: title } : {}) },
    rangeFor: map.rangeFor,
    people: mentionedPeople(editor),
  };
}

/** The people the page around `editor` mentions ("@Priya Raman" → "Priya Raman"), in the page's order, each once. */
export function mentionedPeople(editor: HTMLElement): string[] {
  const page = editor.closest(FRAME) ?? editor.ownerDocument;
  const people = [...page.querySelectorAll(MENTION_TOKEN)].filter(
    (token) => !token.closest('a') && !token.matches(REMINDER) && !token.querySelector(REMINDER),
  );
  return distinctTexts(
    people.map((token) => (token.textContent ?? '').trim().replace(/^@/, '')),
    MOST_PEOPLE,
  );
}

function titleFor(editor: HTMLElement): string | undefined {
  const scope = editor.closest(FRAME) ?? editor.ownerDocument;
  const title = scope.querySelector(TITLE)?.textContent?.trim();
  return title || editor.ownerDocument.title.trim() || undefined;
}

/** The current page as a document, code blocks left out (the "Review this page" reader); null off a page. */
export function readNotionPage(doc: Document): TitledBlocks | null {
  const root = doc.querySelector('[data-content-editable-root]');
  if (!root) return null;
  const content = root.querySelector(PAGE_CONTENT) ?? root;
  const title = normalizeText(doc.querySelector(TITLE)?.textContent ?? '') || doc.title;
  return { title, blocks: readBlocks(content, CODE) };
}
