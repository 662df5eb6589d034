import { kindOf } from '../draft-kind';
import type { Rule } from '../rule';

const THE_PAGE_ITSELF = /^this\s+(?:doc|document|spec|proposal|write-?up|page)$/i;
/** A comment sits on its page: there "the spec" is the page too (on the page itself it may be another one). */
const THE_PAGE_COMMENTED = /^(?:this|the)\s+(?:doc|document|spec|proposal|write-?up|page)$/i;

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
    // Only a request makes the reader go and find the document: "thanks for the slides" or "I'd credit you in the
    // doc" tell them something they can read without opening it. The sentence before a request often names what
    // it is about ("the deck is out of date. can you fix it?").
    const asking = new Set(ctx.asks.flatMap((a) => [a.sentence.index, a.sentence.index - 1]));
    // On a Notion page or in a comment on one, "this spec" is the page the reader has open ("the doc" may be another).
    const kind = kindOf(ctx.draft);
    const onPage = kind === 'page' || kind === 'comment';
    return ctx.references
      .filter((r) => r.kind === 'artifact' && asking.has(r.sentence))
      .filter((r) => !(onPage && THE_PAGE_ITSELF.test(r.text)))
      .filter((r) => !(kind === 'comment' && THE_PAGE_COMMENTED.test(r.text)))
      .map((r) => ({
        start: r.start,
        end: r.end,
        message: `Which one? Link "${r.text}" or give its name.`,
        why: 'The reader has to search for, or guess at, a document the writer could have linked.',
      }));
  },
};
