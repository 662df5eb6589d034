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
    // A word after the last comma that is no name is nobody addressed: a day, a place.
    for (const text of [
      'Could you fix the flaky login test by next week, Monday?',
      'Can someone book the flights to Lisbon, Portugal?',
      'Will Google Drive sync the folder for the team by Monday?',
    ])
      expect(findingsOf('no-owner', channel(text)), text).toHaveLength(1);
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
    // The one addressed may follow a greeting to the group, or close the request.
    expect(findingsOf('no-owner', channel('Hi all, Marisol, can you book the venue by Fri 27 Nov?'))).toEqual(
      [],
    );
    expect(findingsOf('no-owner', channel('Hey team, Ravi and Nadia: please check the export.'))).toEqual([]);
    expect(findingsOf('no-owner', channel('Could you send the invoice by Fri 27 Nov, Tomasz?'))).toEqual([]);
    // A name as the subject of the request owns it; a day or a product in that place does not.
    for (const text of ['Can Sam send the deck by Fri 27 Nov?', 'Could Priya and Ben take the 3pm slot?'])
      expect(findingsOf('no-owner', channel(text)), text).toEqual([]);
    const single = {
      text: 'Can you send the numbers?',
      site: 'gmail' as const,
      kind: 'email' as const,
      recipients: ['a@x.io'],
    };
    expect(findingsOf('no-owner', single)).toEqual([]);
  });
});
