import { needsAllHands } from '../facts/urgency';
import type { Rule } from '../rule';

export const noOwner: Rule = {
  id: 'no-owner',
  category: 'recipient',
  description: 'An ask to a group names nobody, so everyone assumes someone else will do it.',
  defaults: { severity: 'warning' },
  example: {
    bad: 'Can someone double-check these numbers?',
    good: '@Leila could you double-check these numbers against the November export by Fri 27 Nov?',
  },
  check(ctx) {
    // In an emergency "whoever can, jump in" is the right call: the first free hand owns it.
    if (!ctx.groupContext || needsAllHands(ctx.masked)) return [];
    const unowned = ctx.asks.find((a) => a.fact.owner === 'unowned');
    if (!unowned) return [];
    return [
      {
        start: unowned.fact.start,
        end: unowned.fact.end,
        message: 'Nobody is named for this: say who should do it ("@Sam, can you …").',
        why: 'In a group, an ask addressed to everyone is owned by no one.',
      },
    ];
  },
};
