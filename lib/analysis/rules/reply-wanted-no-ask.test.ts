import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { findingsOf, NOW } from '../test-helpers';

describe('reply-wanted-no-ask', () => {
  it.each([
    'New pricing tiers are in the sheet. Thoughts?',
    'Draft is attached. Let me know.',
    'Pushed the redesign. Any feedback?',
    // a link ends what is shown; the open call after it is all the sentence asks
    "here's my draft of the hiring plan: https://docs.example.com/d/1Hq thoughts?",
  ])('flags "%s"', (text) => expect(findingsOf('reply-wanted-no-ask', text)).toHaveLength(1));
  it('leaves a concrete question alone', () => {
    expect(findingsOf('reply-wanted-no-ask', 'Is $49 too high for the Team tier? Thoughts?')).toEqual([]);
    expect(findingsOf('reply-wanted-no-ask', 'The deploy finished and every check passed.')).toEqual([]);
  });
  it('counts the open question as the ask it is, while still flagging that it names nothing', () => {
    const text = 'New pricing tiers are in the sheet. Thoughts?';
    expect(analyze({ text, site: 'slack', kind: 'dm', now: NOW }).facts.asks.map((a) => a.kind)).toEqual([
      'question',
    ]);
    expect(findingsOf('reply-wanted-no-ask', text)).toHaveLength(1);
  });
});
