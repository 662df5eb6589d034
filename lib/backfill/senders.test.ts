import { describe, expect, it } from 'vitest';
import { likelyYou, SenderTally, senderId } from './senders';

describe('who the import counts as you', () => {
  const tally = new SenderTally();
  for (const [kind, author, n] of [
    ['mail', 'ben@example.com', 3],
    ['mail', 'alma@example.com', 18],
    ['slack', 'Ben Okafor', 20],
    ['slack', 'Alma Ortiz', 20],
  ] as const)
    for (let i = 0; i < n; i++) tally.add(kind, author);
  const senders = tally.list();

  it('lists senders most frequent first, ties by name', () => {
    expect(senders.map((s) => `${s.author} ${s.messages}`)).toEqual([
      'Alma Ortiz 20',
      'Ben Okafor 20',
      'alma@example.com 18',
      'ben@example.com 3',
    ]);
  });

  it('pre-chooses the most frequent sender of mail and of Slack', () => {
    expect(likelyYou(senders)).toEqual([
      senderId('slack', 'Alma Ortiz'),
      senderId('mail', 'alma@example.com'),
    ]);
  });

  it('keeps an earlier choice that appears in these files', () => {
    expect(likelyYou(senders, [senderId('slack', 'Ben Okafor'), senderId('mail', 'nobody@x')])).toEqual([
      senderId('slack', 'Ben Okafor'),
    ]);
  });
});
