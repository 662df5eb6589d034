import { kindOf } from '../draft-kind';
import type { Rule } from '../rule';

export const noRecipients: Rule = {
  id: 'no-recipients',
  category: 'recipient',
  description: 'The email has no recipient yet.',
  defaults: { severity: 'error' },
  example: { bad: 'To: (empty)', good: 'To: olivia@example.com' },
  check(ctx) {
    const d = ctx.draft;
    if (kindOf(d) !== 'email' || !Array.isArray(d.recipients) || d.recipients.length > 0) return [];
    return [
      {
        start: 0,
        end: Math.min(ctx.text.length, ctx.sentences[0]?.end ?? 0),
        message: 'This email has no recipient: add someone in To or Cc.',
        why: 'An email with no recipient cannot be sent, or goes nowhere.',
      },
    ];
  },
};
