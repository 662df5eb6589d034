import { describe, expect, it } from 'vitest';
import { findingsOf } from '../test-helpers';

describe('missing-deadline', () => {
  it.each(['Can you add a tab with the December bookings?', 'Please update the onboarding checklist.'])(
    'flags "%s"',
    (text) => {
      expect(findingsOf('missing-deadline', text)).toHaveLength(1);
    },
  );
  it.each([
    'Can you add a tab with the December bookings by Thu 3 Dec?',
    "What's the repo URL?",
    'FYI: the deploy finished.',
    "I'll send the deck over by Friday.",
  ])('leaves "%s" alone', (text) => {
    expect(findingsOf('missing-deadline', text)).toEqual([]);
  });
});
