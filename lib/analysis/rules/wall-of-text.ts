import { numberOption, type Rule } from '../rule';

export const wallOfText: Rule = {
  id: 'wall-of-text',
  category: 'style',
  description: 'A paragraph long enough to be skipped; break it up or lead with the point.',
  defaults: { severity: 'info', options: { maxParagraphWords: 120 } },
  example: {
    bad: 'One 200-word paragraph with the request somewhere in the middle.',
    good: 'The request first, then two or three short paragraphs or a list.',
  },
  check(ctx, options) {
    const max = numberOption(options, 'maxParagraphWords', 120);
    const words = new Map<number, { n: number; start: number; end: number }>();
    for (const s of ctx.sentences) {
      const p = words.get(s.paragraph) ?? { n: 0, start: s.start, end: s.end };
      p.n += s.parsed.words.length;
      p.end = s.end;
      words.set(s.paragraph, p);
    }
    return [...words.values()]
      .filter((p) => p.n > max)
      .map((p) => ({
        start: p.start,
        end: p.end,
        message: `This paragraph has ${p.n} words: break it up, or put the point first.`,
        why: 'Dense blocks of text are skimmed or left for later.',
      }));
  },
};
