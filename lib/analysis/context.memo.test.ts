import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { parseSentence } from './parse';

// A report scores one repeated sentence at a new time per message; its cached memo must not keep them all.
describe('the per-sentence memo', { timeout: 30_000 }, () => {
  it('stays bounded when one sentence is checked at hundreds of different times', () => {
    const text = 'Can you send the Q3 numbers by Friday 3pm CET?';
    const start = Date.UTC(2026, 10, 2, 10);
    for (let day = 0; day < 300; day++)
      analyze({
        text,
        site: 'slack',
        kind: 'channel',
        now: new Date(start + day * 86_400_000).toISOString(),
      });
    const memo = parseSentence(text).memo;
    // The sentence was memoised (a memo that stayed empty would pass for the wrong reason), and not per time.
    expect(memo.size).toBeGreaterThan(0);
    expect(memo.size).toBeLessThanOrEqual(64);
  });

  it('gives the same findings after the memo starts over as before', () => {
    const draft = { text: 'Can someone send the deck by Friday?', site: 'slack', kind: 'channel' } as const;
    const now = '2026-11-25T10:00:00Z';
    const first = analyze({ ...draft, now });
    for (let day = 1; day < 200; day++)
      analyze({ ...draft, now: new Date(Date.parse(now) + day * 86_400_000).toISOString() });
    expect(analyze({ ...draft, now })).toEqual(first);
  });
});
