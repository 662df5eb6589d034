import { COMMON_ACRONYMS } from '../facts/common-acronyms';
import type { Rule } from '../rule';

const ACRONYM = /(?<![\w-])[A-Z][A-Z0-9]{1,5}s?(?![\w-])/g;

export const undefinedAcronym: Rule = {
  id: 'undefined-acronym',
  category: 'context',
  description: 'An acronym that is not in the team glossary and not spelled out in the message.',
  defaults: { severity: 'info' },
  example: { bad: 'The RRT will triage it.', good: 'The rapid response team (RRT) will triage it.' },
  check(ctx) {
    const glossary = new Set(Object.keys(ctx.config.glossary ?? {}).map((k) => k.toUpperCase()));
    const seen = new Set<string>();
    const out = [];
    for (const m of ctx.masked.matchAll(ACRONYM)) {
      const word = m[0].replace(/s$/, '');
      if (
        seen.has(word) ||
        glossary.has(word) ||
        COMMON_ACRONYMS.has(word) ||
        /^\d|^[A-Z]\d+$|^Q[1-4]$/.test(word)
      )
        continue;
      seen.add(word);
      const start = m.index ?? 0;
      // Spelled out next to it: "service level agreement (SLA)" or "SLA (service level agreement)".
      if (
        ctx.masked.slice(start + m[0].length, start + m[0].length + 3).startsWith(' (') ||
        ctx.masked[start - 1] === '('
      )
        continue;
      out.push({
        start,
        end: start + m[0].length,
        message: `"${word}" is not in your team glossary: spell it out the first time.`,
        why: 'New joiners and other teams may not know the acronym.',
      });
    }
    return out;
  },
};
