import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, blockAt, draftFromExtraction } from './draft';
import type { Extraction } from './types';

const extraction: Extraction = {
  ok: true,
  source: 'article',
  title: 'Platform migration — week 12',
  url: 'https://docs.example.com/platform/status-week-12',
  extractedAt: '2031-03-08T09:00:00.000Z',
  blocks: [
    { kind: 'heading', text: 'Database' },
    { kind: 'paragraph', text: 'Priya, please send the results by March 14, 2031.' },
    { kind: 'heading', text: 'Next steps' },
    { kind: 'item', text: 'Sam, please book the rehearsal.' },
  ],
};

describe('draftFromExtraction', () => {
  const { draft, blocks } = draftFromExtraction(extraction);

  it('makes one page draft named after the document, dated by the extraction', () => {
    expect(draft).toMatchObject({
      site: 'text',
      kind: 'page',
      channel: extraction.title,
      now: extraction.extractedAt,
    });
    expect(draft.recipients).toBeUndefined();
  });

  it('keeps a heading out of the next sentence: every block is its own paragraph', () => {
    const paragraphs = draft.text.split(BLOCK_SEPARATOR);
    expect(paragraphs).toEqual(extraction.blocks.map((block) => block.text));
    expect(draft.text).not.toContain('Database Priya');
  });

  it('places every block at offsets that slice back to its text', () => {
    for (const block of blocks) expect(draft.text.slice(block.start, block.end)).toBe(block.text);
  });

  it('finds the block that holds an offset', () => {
    const at = draft.text.indexOf('book the rehearsal');
    expect(blockAt(blocks, at)?.text).toBe('Sam, please book the rehearsal.');
    expect(blockAt(blocks, 0)?.kind).toBe('heading');
  });

  it('reads a Gmail thread as a thread', () => {
    expect(draftFromExtraction({ ...extraction, source: 'gmail' }).draft.kind).toBe('thread');
    expect(draftFromExtraction({ ...extraction, source: 'notion' }).draft.kind).toBe('page');
  });
});
