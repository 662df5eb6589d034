import { isSignOff, isSmallTalk } from '../facts/small-talk';
import type { Rule } from '../rule';

export const greetingOnly: Rule = {
  id: 'greeting-only',
  category: 'ask',
  description: 'The message is only a greeting, so the reader has to reply just to find out what you need.',
  defaults: { severity: 'warning' },
  example: {
    bad: 'Hey, got a sec?',
    good: 'Hey, could you check why the staging deploy failed this morning? Logs: https://ci.example.com/run/42',
  },
  check(ctx) {
    // An email's signature ("Best regards,\nSunita Rao, Accounts") is the writer's footer, not something said.
    const prose = ctx.sentences.filter((s) => !s.describes);
    if (prose.length === 0 || ctx.asks.length > 0 || ctx.wordCount > 30) return [];
    const allSmallTalk = prose.every((s) => isSmallTalk(s.text));
    // "Approved. Thanks" or "thank you!!" is a whole reply: it closes a conversation. Only an opening
    // ("hi", "got a sec?", "how are you?") leaves the reader waiting for the need.
    const opens = prose.some((s) => !isSignOff(s.text));
    if (!allSmallTalk || !opens) return [];
    const first = prose[0]!;
    const last = prose[prose.length - 1]!;
    return [
      {
        start: first.start,
        end: last.end,
        message: 'This message is only a greeting: say what you need in the same message.',
        why: 'A bare "hi" makes the reader reply and wait before they can help, which turns one message into three.',
      },
    ];
  },
};
