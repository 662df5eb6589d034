import { VAGUE_TERMS } from './time-words';

const escapeText = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const memo = new Map<string, RegExp>();

/** One alternation, longest first, so "sometime next week" wins over "next week". Built from words, never user regex. */
export function vaguePattern(extra: readonly string[] = []): RegExp {
  const key = extra.join('\u0000');
  let re = memo.get(key);
  if (!re) {
    const terms = [...new Set([...VAGUE_TERMS, ...extra.map((t) => t.trim().toLowerCase()).filter(Boolean)])];
    terms.sort((a, b) => b.length - a.length);
    re = new RegExp(`(?<![\\w-])(?:${terms.map(escapeText).join('|')})(?![\\w-])`, 'gi');
    if (memo.size > 20) memo.clear();
    memo.set(key, re);
  }
  return re;
}

export function findVague(lower: string, extra: readonly string[] = []): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of lower.matchAll(vaguePattern(extra))) {
    const start = m.index ?? 0;
    // "no later than", "anything later rolls over", "later today": a comparison, or a day named after all.
    if (
      m[0] === 'later' &&
      (/\b(?:no|any|anything|nothing|something|everything|even|much|far)\s*$/.test(lower.slice(0, start)) ||
        /^\s+(?:than|today|tonight|this (?:morning|afternoon|evening))\b/.test(lower.slice(start + 5)))
    )
      continue;
    if (/\b(?:no|in)\s+rush\b/.test(m[0])) continue;
    out.push({ start, end: start + m[0].length });
  }
  return out;
}
