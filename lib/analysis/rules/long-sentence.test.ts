import { describe, expect, it } from 'vitest';
import { findingsOf } from '../test-helpers';

const long = `${'the migration moved every account and '.repeat(8)}it finished.`;

describe('long-sentence', () => {
  it('flags a sentence over 35 words', () => {
    expect(findingsOf('long-sentence', long)[0]?.message).toMatch(/\d+ words/);
  });
  it('leaves short sentences alone, and honours maxWords', () => {
    expect(findingsOf('long-sentence', 'The migration finished. Every account moved.')).toEqual([]);
    expect(
      findingsOf('long-sentence', long, { rules: { 'long-sentence': { options: { maxWords: 100 } } } }),
    ).toEqual([]);
  });
});
