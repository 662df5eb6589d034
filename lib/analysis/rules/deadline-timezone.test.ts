import { describe, expect, it } from 'vitest';
import { findingsOf } from '../test-helpers';

describe('deadline-timezone', () => {
  it.each([
    'Can you review the PR by EOD?',
    'Could you send it by 3pm tomorrow?',
    'Please finish this by end of week.',
  ])('flags "%s"', (text) => expect(findingsOf('deadline-timezone', text)).toHaveLength(1));
  it('leaves a named timezone, or a plain date, alone', () => {
    expect(findingsOf('deadline-timezone', 'Could you send it by 3pm PT tomorrow?')).toEqual([]);
    expect(findingsOf('deadline-timezone', 'Could you send it by Fri 27 Nov?')).toEqual([]);
  });
});
