import type { Rule } from '../rule';

const FILLER =
  /\b(?:sorry to (?:bother|bug|pester) you|sorry for the (?:bother|trouble)|i was just wondering(?: if)?|just wanted to (?:check|ask|see|follow up)|just checking in|if it'?s not too much trouble|if you don't mind|i hate to ask|no worries if not|not sure if this makes sense,? but|i might be wrong,? but|this might be a dumb question,? but|quick question,? but)\b/gi;

export const hedgingFiller: Rule = {
  id: 'hedging-filler',
  category: 'style',
  description:
    'Hedging filler ("sorry to bother you", "just wondering") that softens the ask until it is easy to ignore.',
  defaults: { severity: 'info' },
  example: {
    bad: 'Sorry to bother you, I was just wondering if you could look at the invoice?',
    good: 'Could you look at invoice #4471 by Mon 30 Nov?',
  },
  check(ctx) {
    return [...ctx.masked.matchAll(FILLER)].map((m) => ({
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      message: `"${m[0]}" adds words without meaning: ask directly.`,
      why: 'Hedging makes a request sound optional and buries what you need.',
      suggestion: '',
    }));
  },
};
