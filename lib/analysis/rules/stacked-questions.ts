import { numberOption, type Rule } from '../rule';

export const stackedQuestions: Rule = {
  id: 'stacked-questions',
  category: 'ask',
  description:
    'Several questions run together in one paragraph; the reader will answer one and miss the rest.',
  defaults: { severity: 'warning', options: { maxQuestions: 2 } },
  example: {
    bad: 'Are we doing Lisbon? What is the budget? Are partners invited?',
    good: 'Three questions:\n1. Lisbon or Porto?\n2. What is the budget per person?\n3. Are partners invited?',
  },
  check(ctx, options) {
    const max = numberOption(options, 'maxQuestions', 2);
    const byParagraph = new Map<number, typeof ctx.sentences>();
    for (const s of ctx.sentences) {
      if (!/\?\s*\)?$/.test(s.text) || /^\s*(?:\d{1,2}[.)]|[-•*])\s/.test(s.text) || !s.ask) continue;
      byParagraph.set(s.paragraph, [...(byParagraph.get(s.paragraph) ?? []), s]);
    }
    const out = [];
    for (const qs of byParagraph.values()) {
      const lines = new Set(qs.map((q) => ctx.masked.lastIndexOf('\n', q.start)));
      if (qs.length <= max || lines.size === qs.length) continue;
      out.push({
        start: qs[0]!.start,
        end: qs[qs.length - 1]!.end,
        message: `${qs.length} questions in one paragraph: number them so each gets an answer.`,
        why: 'Questions run together get one reply to the first and silence on the rest.',
      });
    }
    return out;
  },
};
