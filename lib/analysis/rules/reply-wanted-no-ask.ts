import { isOpenReply } from '../facts/small-talk';
import type { Rule } from '../rule';

export const replyWantedNoAsk: Rule = {
  id: 'reply-wanted-no-ask',
  category: 'ask',
  description: 'The message wants a reply ("thoughts?", "let me know") but never says what to answer.',
  defaults: { severity: 'warning' },
  example: {
    bad: 'Attached the new pricing tiers. Thoughts?',
    good: 'Attached the new pricing tiers. Is $49 for the Team tier too high for clinics under 5 seats?',
  },
  check(ctx) {
    // An open "thoughts?" is the message's only ask: nothing says what to answer.
    if (ctx.asks.some((a) => !isOpenReply(a.sentence.text))) return [];
    const s = ctx.sentences.find((x) => isOpenReply(x.text));
    if (!s) return [];
    return [
      {
        start: s.start,
        end: s.end,
        message: 'You want a reply but do not say to what: ask the specific question.',
        why: 'An open "thoughts?" gets a vague answer or none; a concrete question gets a decision.',
      },
    ];
  },
};
