import { describe, expect, it } from 'vitest';
import { covered, findingsOf } from '../test-helpers';

describe('unnamed-artifact', () => {
  it.each([
    ['can someone review the PR when you get a chance?', 'the PR'],
    ['The deck is out of date. Can you fix it by Friday?', 'The deck'],
    ['Following up: can you close that ticket?', 'that ticket'],
    // named only by when it came up
    ['did anyone fix that issue from last week?', 'that issue from last week'],
    ['the ticket from this morning is back, can you grab it?', 'the ticket from this morning'],
    [
      '@Nina can you resend the updated version from the other day?',
      'the updated version from the other day',
    ],
  ])('flags "%s"', (text, phrase) => {
    expect(covered(text, findingsOf('unnamed-artifact', text)[0]!)).toBe(phrase);
  });
  it('leaves alone a document the message only tells about', () => {
    expect(findingsOf('unnamed-artifact', 'Thanks @Fern and @Jo for the slides!')).toEqual([]);
    expect(
      findingsOf(
        'unnamed-artifact',
        "Can I share your checklist with the new hires? I'd credit you in the doc.",
      ),
    ).toEqual([]);
  });
  it('reads "this spec" on a Notion page or in a comment on it, and "the spec" in a comment, as the page itself', () => {
    const page = (text: string, kind: 'page' | 'comment') =>
      findingsOf('unnamed-artifact', { text, site: 'notion', kind });
    expect(page('@Hiro please review this doc by Friday.', 'comment')).toEqual([]);
    expect(page('@Lars pick up the bug from the doc and estimate it by Thursday.', 'page')).toHaveLength(1);
    expect(page('@Beatrix please review this spec and approve it by Tuesday.', 'page')).toEqual([]);
    expect(page('@Hiro please update the slides by Friday.', 'comment')).toHaveLength(1);
    // a comment sits on its page: "the spec" there is the page; on the page itself it may be another
    expect(page('@Hiro please review the spec by Friday.', 'comment')).toEqual([]);
    expect(page('@Hiro please review the spec by Friday.', 'page')).toHaveLength(1);
    expect(findingsOf('unnamed-artifact', 'Can you review the spec by Friday?')).toHaveLength(1);
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
