import { formatDay } from '../facts/format-date';
import type { Rule } from '../rule';

export const deadlineTimezone: Rule = {
  id: 'deadline-timezone',
  category: 'deadline',
  description: 'A deadline with a time ("3pm", "EOD") but no timezone: whose end of day?',
  defaults: { severity: 'info' },
  example: { bad: 'Can you review it by EOD?', good: 'Can you review it by 5pm PT today (Wed 25 Nov)?' },
  check(ctx) {
    return ctx.asks
      .map((a) => a.deadline)
      .filter((d): d is NonNullable<typeof d> => !!d?.timezoneAmbiguous)
      .map((d) => ({
        start: d.start,
        end: d.end,
        message: `"${d.text}" has no timezone: whose ${/eod|cob|end of/i.test(d.text) ? 'end of day' : 'clock'}${d.date ? ` on ${formatDay(d.date)}` : ''}?`,
        why: 'Readers in another timezone may miss the deadline by hours.',
        ...(ctx.config.timezone ? { suggestion: `${d.text} (${ctx.config.timezone})` } : {}),
      }));
  },
};
