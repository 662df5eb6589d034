import type { Rule } from '../rule';

export const openingPronoun: Rule = {
  id: 'opening-pronoun',
  category: 'context',
  description: 'The message opens with "it", "this" or "that", which points to nothing the reader can see.',
  defaults: { severity: 'warning' },
  example: {
    bad: 'It broke again, same error as last week.',
    good: 'The nightly invoice export broke again, with the same timeout as last week (log: https://ci.example.com/r/9).',
  },
  check(ctx) {
    const p = ctx.openingPronoun;
    // A reply has the message it answers before it, and a comment the block or page it is attached to: "This is
    // so much clearer" on a comment points at what it comments on.
    if (!p || ctx.draft.isReply || ctx.draft.kind === 'comment') return [];
    return [
      {
        start: p.start,
        end: p.end,
        message: `What is "${p.text}"? Name the thing you mean.`,
        why: 'A new message has nothing before it for a pronoun to point to.',
      },
    ];
  },
};
