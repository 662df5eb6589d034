import type { Preset } from '../types';

/** The default: every rule at the severity its author chose. */
export const balanced: Preset = {
  clearsend: 1,
  name: 'Balanced',
  description: 'The default: every check at its usual level.',
  author: 'Clearsend',
  version: '1.0.0',
  examples: [{ text: 'Hi!', expect: { categories: ['ask'] } }],
};
