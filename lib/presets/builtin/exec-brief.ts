import type { Preset } from '../types';

/** Writing to a busy reader: the ask comes first and the message stays short. */
export const execBrief: Preset = {
  clearsend: 1,
  name: 'Exec brief',
  description:
    'Answer first, keep it short: an ask after 30 words counts as buried, sentences over 20 words and paragraphs over 60 words are warnings, hedging is flagged.',
  author: 'Clearsend',
  version: '1.0.0',
  rules: {
    'buried-ask': { severity: 'warning', options: { maxWordsBefore: 30 } },
    'long-sentence': { severity: 'warning', options: { maxWords: 20 } },
    'wall-of-text': { severity: 'warning', options: { maxParagraphWords: 60 } },
    'hedging-filler': 'warning',
  },
  examples: [
    {
      text: 'Over the last quarter the team shipped the new billing flow, moved the data pipeline to the new cluster, hired two engineers and closed most of the open support tickets. The launch is still on track for April. Can you approve the Q3 budget by 2025-03-07?',
      expect: { rules: ['buried-ask'] },
    },
    {
      text: 'Please approve the Q3 budget by 2025-03-07 17:00 UTC. It matches the plan we agreed in January.',
      expect: { none: true },
    },
  ],
};
