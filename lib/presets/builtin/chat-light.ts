import type { Preset } from '../types';

/** Chat is quick by nature: in Slack direct messages only what would cost a round trip is flagged. */
export const chatLight: Preset = {
  clearsend: 1,
  name: 'Chat-light',
  description:
    'Fewer nags in Slack direct messages: no style or relative-date notes there, and a missing deadline is only a note. Email and channels keep the usual checks.',
  author: 'Clearsend',
  version: '1.0.0',
  sites: {
    slack: { categories: { style: 'off' } },
    'slack:dm': {
      categories: { style: 'off' },
      rules: {
        'greeting-only': 'info',
        'missing-deadline': 'info',
        'relative-date': 'off',
        'deadline-timezone': 'off',
        'opening-pronoun': 'off',
      },
    },
  },
  examples: [
    {
      text: 'Can you review the launch plan tomorrow? I just want to be sure about the numbers.',
      draft: { site: 'slack', kind: 'dm' },
      expect: { none: true },
    },
    {
      text: 'Can you review the launch plan soon?',
      draft: { site: 'gmail', kind: 'email', recipients: ['sam@example.com'] },
      expect: { rules: ['vague-deadline'] },
    },
  ],
};
