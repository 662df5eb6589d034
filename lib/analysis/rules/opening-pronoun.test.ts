import { describe, expect, it } from 'vitest';
import { findingsOf } from '../test-helpers';

describe('opening-pronoun', () => {
  it.each(['it broke again, same error as last week', 'This is still broken for the Harbor Health account.'])(
    'flags "%s"',
    (text) => expect(findingsOf('opening-pronoun', text)).toHaveLength(1),
  );
  it('leaves named subjects, "this morning", and replies alone', () => {
    expect(findingsOf('opening-pronoun', 'The invoice export broke again.')).toEqual([]);
    expect(findingsOf('opening-pronoun', 'This morning the export broke.')).toEqual([]);
    expect(findingsOf('opening-pronoun', { text: 'It works now, thanks!', isReply: true })).toEqual([]);
  });
  it("leaves a letter's opening formula alone: its pronoun is the message itself", () => {
    for (const text of [
      'Dear colleagues,\n\nThis is to inform you that the Piraeus branch moves on 1 January.',
      'Good morning,\n\nThis is a reminder that the office is closed on Friday.',
      'It is with great pleasure that we welcome Dr. Nwosu.',
    ])
      expect(findingsOf('opening-pronoun', text), text).toEqual([]);
    expect(findingsOf('opening-pronoun', 'This is broken again since the update.')).toHaveLength(1);
  });
  it('leaves a comment alone, which points at the block or page it is attached to; a page is a new message', () => {
    const text = "This is so much clearer than last year's version, thank you Aroha!";
    expect(findingsOf('opening-pronoun', { text, site: 'notion', kind: 'comment' })).toEqual([]);
    expect(findingsOf('opening-pronoun', { text, site: 'notion', kind: 'page' })).toHaveLength(1);
  });
});
