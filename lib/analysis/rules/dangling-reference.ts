import type { Rule } from '../rule';

export const danglingReference: Rule = {
  id: 'dangling-reference',
  category: 'context',
  description: '"As discussed", "per our call", "see above": the reader may not have that context.',
  defaults: { severity: 'warning' },
  example: {
    bad: 'As discussed, can you update the numbers?',
    good: "On Tuesday's call we agreed churn is 4.1%, not 3.8%: can you update the numbers?",
  },
  check(ctx) {
    if (ctx.draft.isReply) return [];
    return ctx.references
      .filter((r) => r.kind === 'phrase')
      .map((r) => ({
        start: r.start,
        end: r.end,
        message: `"${r.text}" assumes the reader remembers: say what was agreed, or link it.`,
        why: 'People who missed the call, or read this later, cannot act on context they never saw.',
      }));
  },
};
