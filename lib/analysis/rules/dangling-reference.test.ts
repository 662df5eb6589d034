import { describe, expect, it } from 'vitest';
import { covered, findingsOf } from '../test-helpers';

describe('dangling-reference', () => {
  it.each([
    ['As discussed, can you update the churn numbers by Tuesday?', 'As discussed'],
    ['Nadia, per our call, can you send the SOW by Thu 3 Dec?', 'per our call'],
    ['See above for the updated numbers.', 'See above'],
    ['Per my last email, the invoice is overdue.', 'Per my last email'],
    // A common non-native form of "as discussed".
    ['As per discussed in last meeting, please update the diagram.', 'As per discussed'],
    ['As we talked about on the phone, please confirm the order.', 'As we talked about on the phone'],
    ["Per yesterday's meeting, the pilot moves to two wards.", "Per yesterday's meeting"],
    ['Rates changed again, see the email from Tuesday.', 'see the email from Tuesday'],
    // A thing named only by the talk it came up in.
    ['Can you send the revised numbers we talked about to the client by Friday?', 'we talked about'],
    ['Please book the venue you mentioned.', 'you mentioned'],
  ])('flags "%s"', (text, phrase) => {
    expect(covered(text, findingsOf('dangling-reference', text)[0]!)).toBe(phrase);
  });
  it('leaves a reply in its thread, and self-contained text, alone', () => {
    expect(
      findingsOf('dangling-reference', { text: 'As discussed above, I will take it.', isReply: true }),
    ).toEqual([]);
    expect(
      findingsOf('dangling-reference', 'On Tuesday we agreed churn is 4.1%. Can you update the model?'),
    ).toEqual([]);
    // The talk itself, with what it was about, is context given, not assumed.
    expect(findingsOf('dangling-reference', 'Yesterday we discussed the Q3 budget with Raj.')).toEqual([]);
    expect(findingsOf('dangling-reference', 'We discussed it at length and agreed on 4.1%.')).toEqual([]);
  });
});
