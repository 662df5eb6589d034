import { underActionHeading } from '../facts/document-lists';
import { isGreetingLine } from '../facts/small-talk';
import { numberOption, type Rule } from '../rule';

export const buriedAsk: Rule = {
  id: 'buried-ask',
  category: 'ask',
  description: 'The first request comes only after a long preamble; readers who skim may miss it.',
  defaults: { severity: 'warning', options: { maxWordsBefore: 80 } },
  example: {
    bad: 'Some background first… (a hundred words later) Could you approve the credit?',
    good: 'Could you approve a $2,400 credit for Harbor Health by Fri 27 Nov? Background below.',
  },
  check(ctx, options) {
    const first = ctx.asks[0];
    if (!first) return [];
    // Under "Actions" or "Next steps" the asks are where a reader of the notes looks for them.
    if (underActionHeading(ctx.sentences, first.sentence.index)) return [];
    const limit = numberOption(options, 'maxWordsBefore', 80);
    const before = ctx.sentences
      // A greeting alone ("Hi Sam,") is no background; "Hey, hope the conference went well!" is.
      .filter((s) => s.end <= first.fact.start && !isGreetingLine(s.text))
      .reduce((n, s) => n + s.parsed.words.length, 0);
    if (before <= limit) return [];
    return [
      {
        start: first.fact.start,
        end: first.fact.end,
        message: `Your request comes after ${before} words of background: put it first.`,
        why: 'Readers skim; a request at the top gets done, one under a long preamble gets missed.',
      },
    ];
  },
};
