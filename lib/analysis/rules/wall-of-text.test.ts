import { describe, expect, it } from 'vitest';
import { findingsOf } from '../test-helpers';

const paragraph = 'We moved the billing jobs to the new scheduler this week. '.repeat(13);

describe('wall-of-text', () => {
  it('flags a paragraph over 120 words', () => {
    expect(findingsOf('wall-of-text', paragraph)).toHaveLength(1);
  });
  it('leaves the same words split into paragraphs alone', () => {
    const split = paragraph.replace(/week\. /g, (m, i: number) => (i % 3 === 0 ? `${m}\n\n` : m));
    expect(findingsOf('wall-of-text', split)).toEqual([]);
  });
});
