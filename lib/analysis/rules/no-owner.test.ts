import { describe, expect, it } from 'vitest';
import { findingsOf } from '../test-helpers';

const channel = (text: string) => ({
  text,
  site: 'slack' as const,
  kind: 'channel' as const,
  channel: '#eng',
});

describe('no-owner', () => {
  it('flags an ask in a group that names nobody', () => {
    expect(
      findingsOf('no-owner', channel('Can someone double-check these numbers by Fri 27 Nov?')),
    ).toHaveLength(1);
    expect(findingsOf('no-owner', channel('Could you fix the flaky login test by Monday?'))).toHaveLength(1);
    const email = {
      text: 'Can you send the numbers by Friday?',
      site: 'gmail' as const,
      kind: 'email' as const,
      recipients: ['a@x.io', 'b@x.io'],
    };
    expect(findingsOf('no-owner', email)).toHaveLength(1);
  });
  it('leaves a named owner, a DM and a single recipient alone', () => {
    expect(findingsOf('no-owner', channel('@dana can you review the PR by 3pm PT?'))).toEqual([]);
    expect(findingsOf('no-owner', channel('Priya, could you update the pricing page by Friday?'))).toEqual(
      [],
    );
    expect(findingsOf('no-owner', 'Can someone double-check these numbers?')).toEqual([]);
    const single = {
      text: 'Can you send the numbers?',
      site: 'gmail' as const,
      kind: 'email' as const,
      recipients: ['a@x.io'],
    };
    expect(findingsOf('no-owner', single)).toEqual([]);
  });
});
