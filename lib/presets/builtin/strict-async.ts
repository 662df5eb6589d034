import type { Preset } from '../types';

/** For distributed teams: every ask names an owner and a deadline a reader in any timezone can act on. */
export const strictAsync: Preset = {
  clearsend: 1,
  name: 'Strict async',
  description:
    'Every ask names an owner and an explicit deadline with a timezone. Relative dates and bare times become warnings; an ask with no deadline is an error.',
  author: 'Clearsend',
  version: '1.0.0',
  rules: {
    'missing-deadline': 'error',
    'vague-deadline': 'error',
    'deadline-timezone': 'warning',
    'relative-date': 'warning',
    'no-owner': 'error',
    'dangling-reference': 'error',
  },
  examples: [
    { text: 'Sam, can you send me the Q3 numbers by 3pm?', expect: { rules: ['deadline-timezone'] } },
    { text: 'Sam, please review the launch plan.', expect: { rules: ['missing-deadline'] } },
    { text: 'FYI: the deploy finished and every check passed.', expect: { none: true } },
  ],
};
