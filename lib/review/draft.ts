import type { Draft, DraftKind } from '../analysis/types';
import type { Extraction, PlacedBlock, SourceKind } from './types';

/** Blocks are joined by a blank line: the engine's paragraph boundary, so no sentence runs into the next. */
export const BLOCK_SEPARATOR = '\n\n';

export interface MappedDocument {
  draft: Draft;
  /** Each block with its offsets in `draft.text`, in order: a span finds its block by offset. */
  blocks: PlacedBlock[];
}

/** A Gmail thread is read as a thread (replies may point back into it); anything else is a page. */
export function draftKindFor(source: SourceKind): DraftKind {
  return source === 'gmail' ? 'thread' : 'page';
}

/**
 * The whole document as one Draft. A heading that does not end in punctuation would read as the start of the
 * next sentence, so each keeps its own paragraph.
 */
export function draftFromExtraction(extraction: Extraction): MappedDocument {
  const blocks: PlacedBlock[] = [];
  let text = '';
  for (const block of extraction.blocks) {
    if (text) text += BLOCK_SEPARATOR;
    blocks.push({ ...block, start: text.length, end: text.length + block.text.length });
    text += block.text;
  }
  const draft: Draft = {
    text,
    site: 'text',
    kind: draftKindFor(extraction.source),
    channel: extraction.title,
    now: extraction.extractedAt,
  };
  return { draft, blocks };
}

/** The block holding offset `at` (or the last one before it, for an offset on a separator). */
export function blockAt(blocks: PlacedBlock[], at: number): PlacedBlock | undefined {
  let found: PlacedBlock | undefined;
  for (const block of blocks) {
    if (block.start > at) break;
    found = block;
  }
  return found;
}
