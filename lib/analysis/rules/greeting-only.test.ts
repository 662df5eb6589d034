import { describe, expect, it } from 'vitest';
import { findingsOf } from '../test-helpers';

describe('greeting-only', () => {
  it.each([
    'hey, you around?',
    'Hi Ben! Hope your week is going well.',
    'Hello!',
    'hi, got a sec?',
    'Hi @Mira, do you have a moment this afternoon?',
    'Do you have a few minutes sometime?',
    // the greetings of other languages people keep in English chat
    'hola Tomás 👋',
    'Ciao Marco!',
    // chat puts the @mention first; "quick thing" knocks without saying what
    '@Ingrid hi! you around?',
    'hey, you around? quick thing',
  ])('flags "%s"', (text) => {
    expect(findingsOf('greeting-only', text)).toHaveLength(1);
  });
  it.each([
    'Hi Ben, could you send me the Q3 numbers by Fri 27 Nov?',
    'Thanks for covering the call yesterday, the customer loved it.',
    'hey, the deploy failed again: https://ci.example.com/run/42',
    // a thanks or an approval on its own is a whole reply: it closes the conversation
    'Approved. Thanks',
    'thank you!! 🙏',
  ])('leaves "%s" alone', (text) => {
    expect(findingsOf('greeting-only', text)).toEqual([]);
  });
  it('reads past an email signature: a greeting and good wishes alone say nothing', () => {
    const text = 'Good morning Mr. Adeyemi,\n\nI hope this finds you well.\n\nBest regards,\nSunita Rao';
    expect(
      findingsOf('greeting-only', { text, site: 'gmail', kind: 'email', recipients: ['a@x.com'] }),
    ).toHaveLength(1);
  });
});
