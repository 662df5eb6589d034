import { Readability } from '@mozilla/readability';
import { readBlocks, type TitledBlocks } from '../dom/blocks';
import { hostReaderFor, sourceFor } from './sources';
import type { Block, ExtractionResult } from './types';

const NO_MAIN_TEXT =
  "Clearsend couldn't find the main text on this page. It reviews documents such as articles, specs, status updates, an open Gmail thread or a Notion page — open one and try again.";
const NO_THREAD =
  'Open a conversation in Gmail, then review it: Clearsend reviews the messages of the open thread.';
const NO_NOTION_PAGE = 'Open a Notion page, then review it: Clearsend found no page text here.';

// Readability always returns *something* (a nav bar, a "Loading…"): below this much prose there is no main text.
const MIN_ARTICLE_WORDS = 25;
const MIN_SENTENCE_WORDS = 8;

const wordCount = (text: string) => text.split(' ').filter(Boolean).length;

function hasProse(blocks: Block[]): boolean {
  const counts = blocks.filter((block) => block.kind !== 'heading').map((block) => wordCount(block.text));
  const total = counts.reduce((sum, count) => sum + count, 0);
  return total >= MIN_ARTICLE_WORDS && Math.max(0, ...counts) >= MIN_SENTENCE_WORDS;
}

/** Readability works on a clone: it rewrites the document it is given, and the user's page must stay as it was. */
export function readArticle(doc: Document): TitledBlocks | null {
  const clone = doc.cloneNode(true) as Document;
  const article = new Readability<Element>(clone, { serializer: (node) => node as Element }).parse();
  if (!article?.content) return null;
  const blocks = readBlocks(article.content);
  if (!hasProse(blocks)) return null;
  return { title: article.title?.trim() || doc.title, blocks };
}

// Keeps a held review far below storage.session's quota; the engine itself reads less than this of a draft.
export const MAX_CHARS = 100_000;

function capBlocks(blocks: Block[]): { blocks: Block[]; truncated: boolean } {
  let total = 0;
  const kept = blocks.filter((block) => {
    total += block.text.length + 2;
    return total <= MAX_CHARS;
  });
  return { blocks: kept, truncated: kept.length < blocks.length };
}

/** Reads the document's text in the page it lives in; runs only when the user asked for a review. */
export function extractPage(doc: Document, now = new Date()): ExtractionResult {
  const url = doc.location?.href ?? '';
  const source = sourceFor(doc.location?.hostname ?? '');
  const read = hostReaderFor(source) ?? readArticle;
  let text: TitledBlocks | null = null;
  try {
    text = read(doc);
  } catch {
    text = null;
  }
  if (!text || text.blocks.every((block) => block.kind === 'heading')) {
    const message = source === 'gmail' ? NO_THREAD : source === 'notion' ? NO_NOTION_PAGE : NO_MAIN_TEXT;
    return { ok: false, url, message };
  }
  const { blocks, truncated } = capBlocks(text.blocks);
  return {
    ok: true,
    url,
    extractedAt: now.toISOString(),
    source,
    title: text.title,
    blocks,
    ...(truncated ? { truncated } : {}),
  };
}
