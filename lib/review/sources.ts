import { normalizeText, readBlocks } from './blocks';
import type { Block, SourceKind } from './types';

// Every Gmail and Notion selector the review uses, in one place. They belong with the site adapters
// (lib/hosts/gmail.ts, lib/hosts/notion.ts) and should move there once those files exist.
export const GMAIL = {
  host: 'mail.google.com',
  /** One message body of the open thread. */
  messageBody: '.a3s',
  /** Quoted history and signatures inside a body: not the message's own words. */
  notOwnWords: '.gmail_quote, blockquote.gmail_quote, .gmail_signature, .adL > .im',
  /** The thread's subject heading. */
  subject: 'h2.hP',
  /** The sender of each message, its display name in `name`. */
  sender: '.gD[name]',
  /** A message of the thread, holding one sender and one body. */
  message: '.adn, .gs',
} as const;

export const NOTION = {
  host: 'www.notion.so',
  root: '[data-content-editable-root]',
  title: 'h1, [placeholder="Untitled"]',
  skip: '.notion-code-block',
} as const;

export interface SourceText {
  source: SourceKind;
  title: string;
  blocks: Block[];
}

/** Which reader applies to a page: the host's own, or Readability for any other document. */
export function sourceFor(hostname: string): SourceKind {
  if (hostname === GMAIL.host) return 'gmail';
  if (hostname === NOTION.host) return 'notion';
  return 'article';
}

/** The open Gmail thread: each message's own words under a heading naming its sender. */
export function readGmailThread(doc: Document): SourceText | null {
  const bodies = [...doc.querySelectorAll(GMAIL.messageBody)].filter(
    (body) => !body.parentElement?.closest(GMAIL.messageBody),
  );
  if (bodies.length === 0) return null;
  const blocks: Block[] = [];
  for (const [index, body] of bodies.entries()) {
    const sender = body.closest(GMAIL.message)?.querySelector(GMAIL.sender)?.getAttribute('name');
    blocks.push({ kind: 'heading', text: `Message ${index + 1}${sender ? ` from ${sender}` : ''}` });
    blocks.push(...readBlocks(body, GMAIL.notOwnWords));
  }
  const subject = normalizeText(doc.querySelector(GMAIL.subject)?.textContent ?? '');
  return { source: 'gmail', title: subject || doc.title, blocks };
}

/** The current Notion page: its editable blocks, code blocks left out. */
export function readNotionPage(doc: Document): SourceText | null {
  const root = doc.querySelector(NOTION.root);
  if (!root) return null;
  const blocks = readBlocks(root, NOTION.skip);
  const title = normalizeText(doc.querySelector(NOTION.title)?.textContent ?? '') || doc.title;
  return { source: 'notion', title, blocks };
}
