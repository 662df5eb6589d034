import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { chosenSendersItem, rememberChosen } from './chosen-senders';
import type { SenderCount } from './protocol';
import { likelyYou, SenderTally, senderId } from './senders';

const tallied = (senders: [SenderCount['kind'], string, number][]) => {
  const tally = new SenderTally();
  for (const [kind, author, n] of senders) for (let i = 0; i < n; i++) tally.add(kind, author);
  return tally.list();
};

describe('the sender chosen in one import is pre-chosen in the next', () => {
  beforeEach(() => fakeBrowser.reset());

  it('pre-chooses the sender picked last time over the most frequent one', async () => {
    const slack = tallied([
      ['slack', 'Ben Okafor', 30],
      ['slack', 'Alma Ortiz', 20],
    ]);
    expect(likelyYou(slack, await chosenSendersItem.getValue())).toEqual([senderId('slack', 'Ben Okafor')]);
    await rememberChosen(slack, [senderId('slack', 'Alma Ortiz')]);
    expect(likelyYou(slack, await chosenSendersItem.getValue())).toEqual([senderId('slack', 'Alma Ortiz')]);
  });

  it('forgets a sender unticked in these files and keeps a choice from other files', async () => {
    const mail = tallied([['mail', 'alma@example.com', 5]]);
    await rememberChosen(mail, [senderId('mail', 'alma@example.com')]);
    const slack = tallied([
      ['slack', 'Alma Ortiz', 20],
      ['slack', 'Ben Okafor', 3],
    ]);
    await rememberChosen(slack, [senderId('slack', 'Alma Ortiz'), senderId('slack', 'Ben Okafor')]);
    await rememberChosen(slack, [senderId('slack', 'Alma Ortiz')]);
    expect(await chosenSendersItem.getValue()).toEqual([
      senderId('mail', 'alma@example.com'),
      senderId('slack', 'Alma Ortiz'),
    ]);
  });
});
