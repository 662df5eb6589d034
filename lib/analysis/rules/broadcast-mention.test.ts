import { describe, expect, it } from 'vitest';
import { covered, findingsOf } from '../test-helpers';

const channel = (text: string) => ({ text, site: 'slack' as const, kind: 'channel' as const });

describe('broadcast-mention', () => {
  it('flags @here / @channel for routine news', () => {
    const text = '@here the new Q4 case study deck is up: https://drive.example.com/q4';
    expect(covered(text, findingsOf('broadcast-mention', channel(text))[0]!)).toBe('@here');
    expect(
      findingsOf('broadcast-mention', channel('@channel the fridge gets cleared Monday at 4pm.')),
    ).toHaveLength(1);
  });
  it('leaves a real emergency, and personal mentions, alone', () => {
    expect(
      findingsOf(
        'broadcast-mention',
        channel('@here checkout is returning 500s in production. Hold all deploys.'),
      ),
    ).toEqual([]);
    // Any 5xx is a server failing, not only 500.
    expect(
      findingsOf('broadcast-mention', channel('@here the API is returning 502s for 40% of requests.')),
    ).toEqual([]);
    // An alarm, and hands wanted this minute, cannot wait either.
    expect(
      findingsOf(
        'broadcast-mention',
        channel('@here the freezer alarm in lab 2 is going off, @Ines please check it right now'),
      ),
    ).toEqual([]);
    expect(findingsOf('broadcast-mention', channel('@dana the deck is up.'))).toEqual([]);
  });
});
