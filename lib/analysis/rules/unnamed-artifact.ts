import type { Rule } from '../rule';

export const unnamedArtifact: Rule = {
  id: 'unnamed-artifact',
  category: 'context',
  description: '"The doc", "the PR", "the ticket" with no link or name: which one?',
  defaults: { severity: 'warning' },
  example: {
    bad: 'Can someone review the PR?',
    good: 'Can someone review the rate-limiter PR (https://github.com/acme/api/pull/2214)?',
  },
  check(ctx) {
    if (ctx.draft.isReply) return [];
    return ctx.references
      .filter((r) => r.kind === 'artifact')
      .map((r) => ({
        start: r.start,
        end: r.end,
        message: `Which one? Link "${r.text}" or give its name.`,
        why: 'The reader has to search for, or guess at, a document the writer could have linked.',
      }));
  },
};
