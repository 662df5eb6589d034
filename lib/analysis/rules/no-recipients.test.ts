import { describe, expect, it } from 'vitest';
import { findingsOf } from '../test-helpers';

const email = (recipients?: string[]) => ({
  text: 'Could you send the W-9 by Mon 30 Nov?',
  site: 'gmail' as const,
  kind: 'email' as const,
  ...(recipients ? { recipients } : {}),
});

describe('no-recipients', () => {
  it('flags an email with an empty recipient list, as an error', () => {
    expect(findingsOf('no-recipients', email([]))[0]?.severity).toBe('error');
  });
  it('stays quiet when recipients are present or unknown, and outside email', () => {
    expect(findingsOf('no-recipients', email(['olivia@x.io']))).toEqual([]);
    expect(findingsOf('no-recipients', email())).toEqual([]);
    expect(findingsOf('no-recipients', { text: 'hi there, quick update', recipients: [] })).toEqual([]);
  });
});
