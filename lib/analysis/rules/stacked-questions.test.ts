import { describe, expect, it } from 'vitest';
import { findingsOf } from '../test-helpers';

describe('stacked-questions', () => {
  it('flags three or more questions run together in one paragraph', () => {
    const text =
      'Quick ones: Are we doing Lisbon or Porto? What is the budget? Are partners invited? Who books flights?';
    expect(findingsOf('stacked-questions', text)[0]?.message).toMatch(/4 questions/);
  });
  it('leaves two questions, or questions on their own lines, alone', () => {
    expect(findingsOf('stacked-questions', 'Is it Lisbon? What is the budget?')).toEqual([]);
    expect(
      findingsOf('stacked-questions', '1. Lisbon or Porto?\n2. What budget?\n3. Partners invited?'),
    ).toEqual([]);
  });
});
