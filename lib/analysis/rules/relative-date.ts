import { formatDay } from '../facts/format-date';
import type { Rule } from '../rule';

export const relativeDate: Rule = {
  id: 'relative-date',
  category: 'deadline',
  description: 'A day named relative to today ("Friday", "tomorrow"); shows the date it means.',
  defaults: { severity: 'info' },
  example: { bad: 'Please send it by Friday.', good: 'Please send it by Fri 27 Nov.' },
  check(ctx) {
    const times = new Map(ctx.sentences.flatMap((s) => s.times.map((t) => [t.start, t] as const)));
    return ctx.asks
      .map((a) => a.deadline)
      .filter((d): d is NonNullable<typeof d> => !!d && !d.vague && !!d.date)
      .filter((d) => {
        const hit = times.get(d.start);
        return hit?.relative && !hit.endOf;
      })
      .map((d) => ({
        start: d.start,
        end: d.end,
        message: `"${d.text}" means ${formatDay(d.date!)}: write the date so nobody works it out differently.`,
        why: 'Relative days shift with time zones and with when the message is read.',
        suggestion: d.text.replace(
          /^(?:this |next |on |by )?[a-z]+day|^tomorrow|^today|^tonight/i,
          formatDay(d.date!),
        ),
      }));
  },
};
