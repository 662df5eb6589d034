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
});
