import type { Rule } from '../rule';

export const vagueDeadline: Rule = {
  id: 'vague-deadline',
  category: 'deadline',
  description: 'The deadline is vague ("soon", "ASAP", "when you get a chance"): name a day.',
  defaults: { severity: 'warning' },
  example: {
    bad: 'Could you send the login when you get a chance?',
    good: 'Could you send the login by Thu 26 Nov, 3pm PT?',
  },
  check(ctx) {
    // "Happy to meet whenever suits you" invites the reader to pick a time; it sets no deadline on work.
    return ctx.asks
      .filter((a) => a.deadline?.vague && !a.sentence.askFeatures.includes('meetingProposal'))
      .map((a) => ({
        start: a.deadline!.start,
        end: a.deadline!.end,
        message: `"${a.deadline!.text}" is not a deadline: name the day (and time) you need it.`,
        why: 'Vague timing means something different to each reader; a date lets them plan.',
      }));
  },
};
