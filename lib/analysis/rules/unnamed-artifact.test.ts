import { describe, expect, it } from 'vitest';
import { covered, findingsOf } from '../test-helpers';

describe('unnamed-artifact', () => {
  it.each([
    ['can someone review the PR when you get a chance?', 'the PR'],
    ['Status: the doc is updated with the new tiers.', 'the doc'],
    ['Following up: can you close that ticket?', 'that ticket'],
  ])('flags "%s"', (text, phrase) => {
    expect(covered(text, findingsOf('unnamed-artifact', text)[0]!)).toBe(phrase);
  });
  it('leaves linked, numbered or compound references alone', () => {
    expect(
      findingsOf('unnamed-artifact', 'Can you review the PR (https://github.com/acme/api/pull/1)?'),
    ).toEqual([]);
    expect(findingsOf('unnamed-artifact', 'Can you look at ticket #8812 and the doc template?')).toEqual([]);
    expect(
      findingsOf(
        'unnamed-artifact',
        'Full write-up: https://wiki.example.com/pm\n\nOwners are in the write-up.',
      ),
    ).toEqual([]);
  });
});
