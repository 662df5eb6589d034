import { describe, expect, it } from 'vitest';
import { covered, findingsOf } from '../test-helpers';

describe('hedging-filler', () => {
  it.each([
    ['Sorry to bother you, could you look at invoice 4471?', 'Sorry to bother you'],
    ['I was just wondering if the report is ready.', 'I was just wondering if'],
  ])('flags "%s"', (text, phrase) => {
    expect(covered(text, findingsOf('hedging-filler', text)[0]!)).toBe(phrase);
  });
  it('leaves a direct ask alone', () => {
    expect(findingsOf('hedging-filler', 'Could you look at invoice 4471 by Mon 30 Nov?')).toEqual([]);
  });
});
