import { normalizeText, readBlocks, type TitledBlocks } from '../dom/blocks';
import { observe } from '../dom/observe';
import { mapText } from '../dom/text-map';
import { isOptedOut, safely } from './common';
import type { ComposeBox, DraftSnapshot, SiteAdapter } from './types';

export const NOTION_HOST = 'www.notion.so';

// Every selector is pinned by tests/fixtures/notion/page.html and lib/hosts/notion.test.ts.
const PAGE_ROOT = '[data-content-editable-root]';
const LEAF = '[data-content-editable-leaf="true"]';
/**
 * Comment composers. hosts.md marks these unverified: keep the chain wide (the discussion area's input, then any
 * editable leaf whose placeholder invites a comment or reply) and never mistake a page block for one.
 */
const COMMENT = [
  '.notion-discussion-input [contenteditable="true"]',
  '[class*="discussion"] [contenteditable="true"][placeholder]',
  '[contenteditable="true"][placeholder^="Add a comment"]',
  '[contenteditable="true"][placeholder^="Reply"]',
].join(', ');
const TITLE = '.notion-page-block h1, h1[placeholder="Untitled"], [placeholder="Untitled"]';
const FRAME = '.notion-frame, .notion-peek-renderer';
/** The part of a page that holds its title, comments and body: what changes when the page does. */
const PAGE_AREA = '.whenContentEditable, .notion-scroller, .notion-frame';
const CODE = '.notion-code-block';
const MENTION = '.notion-page-mention-token, .notion-text-mention-token, .notion-user-mention-token';

export const notionAdapter: SiteAdapter = {
  site: 'notion',
  watch(doc, onBox, signal) {
    observe(
      PAGE_ROOT,
      (element, boxSignal) => {
        const box = safely(() => pageBox(element as HTMLElement, boxSignal), null);
        if (box) onBox(box, boxSignal);
      },
      { signal, root: doc },
    );
    observe(
      COMMENT,
      (element, boxSignal) => {
        const box = safely(() => commentBox(element as HTMLElement), null);
        if (box) onBox(box, boxSignal);
      },
      { signal, root: doc, attributes: ['contenteditable'] },
    );
  },
};

function pageBox(root: HTMLElement, signal: AbortSignal): ComposeBox {
  const anchor = (root.closest(PAGE_AREA) ?? root) as HTMLElement;
  // The root is not focusable; its leaves are. Remember the one the user was in to give the focus back.
  let lastLeaf: HTMLElement | null = null;
  root.addEventListener(
    'focusin',
    (event) => {
      const leaf = (event.target as Element | null)?.closest?.<HTMLElement>(LEAF);
      if (leaf) lastLeaf = leaf;
    },
    { signal },
  );
  const focus = () => {
    const leaf = lastLeaf?.isConnected && root.contains(lastLeaf) ? lastLeaf : firstProseLeaf(root);
    leaf?.focus({ preventScroll: true });
  };
  return { ...box(root, anchor, 'page'), focus, recordOn: 'leave' };
}

function firstProseLeaf(root: HTMLElement): HTMLElement | null {
  for (const leaf of root.querySelectorAll<HTMLElement>(LEAF)) if (!leaf.closest(CODE)) return leaf;
  return null;
}

function commentBox(leaf: HTMLElement): ComposeBox | null {
  if (leaf.closest(PAGE_ROOT) || leaf.matches(TITLE)) return null;
  const anchor = (leaf.closest('[class*="discussion"]') ?? leaf.parentElement ?? leaf) as HTMLElement;
  return box(leaf, anchor, 'comment');
}

function box(editor: HTMLElement, anchor: HTMLElement, kind: 'page' | 'comment'): ComposeBox {
  return {
    editor,
    anchor,
    protect: `${MENTION}, ${CODE}`,
    readDraft: () => readDraft(editor, kind),
    // Notion saves as you type: there is no send to see. History counts a page once per day instead.
    onSend: () => undefined,
    optedOut: () => isOptedOut(editor),
    focus: () => editor.focus({ preventScroll: true }),
  };
}

function readDraft(editor: HTMLElement, kind: 'page' | 'comment'): DraftSnapshot {
  const map = mapText(editor, {
    // Code blocks are not prose; other non-editable bits (drag handles, checkboxes, embeds) are not text at all.
    skip: (element) =>
      element.matches(CODE) ||
      (element.getAttribute('contenteditable') === 'false' && !element.matches(MENTION)),
    island: (element) => (element.matches(MENTION) ? (element.textContent ?? '').trim() : null),
  });
  const title = titleFor(editor);
  return {
    draft: { text: map.text, site: 'notion', kind, isReply: false, ...(title ? { channel: title } : {}) },
    rangeFor: map.rangeFor,
  };
}

function titleFor(editor: HTMLElement): string | undefined {
  const scope = editor.closest(FRAME) ?? editor.ownerDocument;
  const title = scope.querySelector(TITLE)?.textContent?.trim();
  return title || editor.ownerDocument.title.trim() || undefined;
}

/** The current page as a document, code blocks left out (the "Review this page" reader); null off a page. */
export function readNotionPage(doc: Document): TitledBlocks | null {
  const root = doc.querySelector(PAGE_ROOT);
  if (!root) return null;
  const title = normalizeText(doc.querySelector(TITLE)?.textContent ?? '') || doc.title;
  return { title, blocks: readBlocks(root, CODE) };
}
