import type { Preset } from '../types';

/** The default: every check at the level its rule chose. */
export const balanced: Preset = {
  clearsend: 1,
  name: 'Balanced',
  description: 'The default: every check at its usual level.',
  author: 'Clearsend',
  version: '1.0.0',
  examples: [
    { text: 'Hi!', draft: { site: 'slack', kind: 'dm' }, expect: { rules: ['greeting-only'] } },
    { text: 'Can you review the launch plan soon?', expect: { rules: ['vague-deadline'] } },
    { text: 'FYI: the deploy finished and every check passed.', expect: { none: true } },
  ],
};
