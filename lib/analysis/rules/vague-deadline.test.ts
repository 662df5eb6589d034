import { describe, expect, it } from 'vitest';
import { covered, findingsOf } from '../test-helpers';

describe('vague-deadline', () => {
  it.each([
    ['Can you send the login ASAP?', 'ASAP'],
    ['Could you review the plan when you get a chance?', 'when you get a chance'],
    ['Can you put together a proposal sometime next week?', 'sometime next week'],
  ])('flags "%s"', (text, term) => {
    const [f] = findingsOf('vague-deadline', text);
    expect(covered(text, f!)).toBe(term);
  });
  it('counts a preset vague term, and leaves explicit dates alone', () => {
    expect(
      findingsOf('vague-deadline', 'Can you fix it by the next sprint?', { vagueTerms: ['next sprint'] }),
    ).toHaveLength(1);
    expect(findingsOf('vague-deadline', 'No rush: could you send the receipts by Dec 10?')).toEqual([]);
  });
  it.each([
    'Happy to talk through the rollout with you whenever suits you.',
    'Want to grab lunch with us sometime next week?',
  ])('leaves the loose timing of a proposed meeting alone: "%s"', (text) => {
    expect(findingsOf('vague-deadline', text)).toEqual([]);
  });
  it('takes a period in a question for what it asks about, not when the answer is due', () => {
    expect(
      findingsOf('vague-deadline', 'Does anyone know if the Suez transit fees changed this month?'),
    ).toEqual([]);
    expect(findingsOf('vague-deadline', 'Can you tell me which rooms are free ASAP?')).toHaveLength(1);
  });
});
