import { describe, expect, it } from 'vitest';
import { findingsOf } from '../test-helpers';

describe('reply-wanted-no-ask', () => {
  it.each([
    'New pricing tiers are in the sheet. Thoughts?',
    'Draft is attached. Let me know.',
    'Pushed the redesign. Any feedback?',
  ])('flags "%s"', (text) => expect(findingsOf('reply-wanted-no-ask', text)).toHaveLength(1));
  it('leaves a concrete question alone', () => {
    expect(findingsOf('reply-wanted-no-ask', 'Is $49 too high for the Team tier? Thoughts?')).toEqual([]);
    expect(findingsOf('reply-wanted-no-ask', 'The deploy finished and every check passed.')).toEqual([]);
  });
});
