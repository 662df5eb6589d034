import { numberOption, type Rule } from '../rule';

export const longSentence: Rule = {
  id: 'long-sentence',
  category: 'style',
  description: 'A very long sentence; split it so each idea can be read on its own.',
  defaults: { severity: 'info', options: { maxWords: 35 } },
  example: {
    bad: 'A sentence that goes on for forty words, joining three ideas with commas and "and" until the reader loses the thread…',
    good: 'Two or three short sentences, one idea each.',
  },
  check(ctx, options) {
    const max = numberOption(options, 'maxWords', 35);
    return ctx.sentences
      .filter((s) => s.parsed.words.length > max)
      .map((s) => ({
        start: s.start,
        end: s.end,
        message: `This sentence has ${s.parsed.words.length} words: split it into shorter ones.`,
        why: 'Long sentences are skimmed, and the part that matters gets lost.',
      }));
  },
};
