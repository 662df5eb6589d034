import { isUrgent } from '../facts/urgency';
import type { Rule } from '../rule';

export const broadcastMention: Rule = {
  id: 'broadcast-mention',
  category: 'recipient',
  description: '@here, @channel or @everyone for something that is not urgent notifies everyone for nothing.',
  defaults: { severity: 'warning' },
  example: {
    bad: '@channel the new case study deck is up',
    good: 'The new case study deck is up (no @channel: it can wait until people read the channel).',
  },
  check(ctx) {
    const broadcast = ctx.mentions.find((m) => m.broadcast);
    if (!broadcast || isUrgent(ctx.masked)) return [];
    return [
      {
        start: broadcast.start,
        end: broadcast.end,
        message: `${broadcast.text} notifies everyone: keep it for things that cannot wait.`,
        why: 'Broadcast pings for routine news train people to ignore them when it matters.',
        suggestion: '',
      },
    ];
  },
};
