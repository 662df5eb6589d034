import type { RuleContext } from './context';
import type { Finding, PhraseRule } from './types';

/**
 * A preset's custom phrase rules, in compromise match syntax on the shared sentence documents.
 * Patterns with #Tags need the tagger; those sentences are tagged once and the tags stay in the cache.
 * A pattern compromise cannot read matches nothing rather than breaking the analysis.
 */
export function checkPhrases(ctx: RuleContext, phrases: readonly PhraseRule[]): Finding[] {
  const out: Finding[] = [];
  for (const rule of phrases) {
    const needsTags = /#/.test(rule.match);
    for (const s of ctx.sentences) {
      let matches: { offset?: { start: number; length: number } }[];
      try {
        const doc = needsTags ? s.parsed.tagged() : s.parsed.doc();
        matches = doc.match(rule.match).json({ offset: true }) as typeof matches;
      } catch {
        break;
      }
      for (const m of matches) {
        if (!m.offset) continue;
        const start = s.start + m.offset.start;
        out.push({
          rule: `phrase:${rule.id}`,
          category: rule.category,
          severity: rule.severity,
          start,
          end: Math.min(s.end, start + m.offset.length),
          message: rule.message,
          ...(rule.suggestion !== undefined ? { suggestion: rule.suggestion } : {}),
        });
      }
    }
  }
  return out;
}
