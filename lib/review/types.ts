import type { Finding } from '../analysis/types';
import type { Block } from '../dom/blocks';

export type { Block };

/** Where the text came from: an article found by Readability, an open Gmail thread, or a Notion page. */
export type SourceKind = 'article' | 'gmail' | 'notion';

export interface Extraction {
  ok: true;
  source: SourceKind;
  title: string;
  url: string;
  blocks: Block[];
  /** The page's clock at extraction, ISO: "Friday" is resolved against it. */
  extractedAt: string;
  /** Set when the document was longer than Clearsend reads: only the blocks before the cut are here. */
  truncated?: boolean;
}

export interface ExtractionFailure {
  ok: false;
  url: string;
  /** Plain words for the user: why there is nothing to review and what to do. */
  message: string;
}

export type ExtractionResult = Extraction | ExtractionFailure;

/** A block placed in Draft.text. */
export interface PlacedBlock extends Block {
  start: number;
  end: number;
}

/** What the review page needs to show and jump: the extraction and the tab it came from. */
export interface PendingReview {
  id: string;
  tabId: number;
  result: ExtractionResult;
}

/** One ask as a line of the checklist. */
export interface ActionItem {
  what: string;
  kind: 'task' | 'question';
  /** The named owner, or null for "no owner". */
  who: string | null;
  when: When;
  /** The text of the block the ask sits in: what the jump link searches for in the live page. */
  block: string;
  start: number;
  end: number;
}

export type When =
  | { state: 'date'; date: string; words: string }
  | { state: 'vague'; words: string }
  | { state: 'unresolved'; words: string }
  | { state: 'none' };

export interface DocumentReview {
  title: string;
  url: string;
  source: SourceKind;
  extractedAt: string;
  score: number;
  items: ActionItem[];
  findings: (Finding & { excerpt: string })[];
  words: number;
  limits?: string;
}
