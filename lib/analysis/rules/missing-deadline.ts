import type { Rule } from '../rule';

export const missingDeadline: Rule = {
  id: 'missing-deadline',
  category: 'deadline',
  description: 'A request for work has no deadline, so the reader cannot tell how urgent it is.',
  defaults: { severity: 'warning' },
  example: {
    bad: 'Can you add a tab with the December bookings?',
    good: 'Can you add a tab with the December bookings by Thu 3 Dec?',
  },
  check(ctx) {
    // Each request needs its own date (in its sentence, the next one, or its list's lead line): one dated ask
    // says nothing about when the others are due.
    return ctx.asks
      .filter((a) => a.fact.kind === 'task' && !a.deadline)
      .map((task) => ({
        start: task.fact.start,
        end: task.fact.end,
        message: 'This request has no deadline: say when you need it.',
        why: 'Without a date the reader guesses the priority, and "whenever" often means never.',
      }));
  },
};
