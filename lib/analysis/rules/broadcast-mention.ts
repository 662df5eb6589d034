import type { Rule } from '../rule';

const URGENT =
  /\b(?:outage|(?:is|are|went|goes) down|incident|emergency|urgent|sev ?[0-2]|p[0-1]|500s?|errors?|failing|broken|breach|security|hold (?:all |off )?deploys?|do not (?:deploy|merge)|rollback|rolled back|evacuat\w*|fire)\b/i;

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
    if (!broadcast || URGENT.test(ctx.masked)) return [];
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
