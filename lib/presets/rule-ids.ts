/**
 * Rule ids the engine promises (shared decisions). A preset naming another id is still accepted (it may come
 * from a newer Clearsend) and reported as a warning.
 */
export const KNOWN_RULE_IDS: readonly string[] = [
  'greeting-only',
  'buried-ask',
  'stacked-questions',
  'reply-wanted-no-ask',
  'missing-deadline',
  'vague-deadline',
  'relative-date',
  'deadline-timezone',
  'no-owner',
  'no-recipients',
  'broadcast-mention',
  'dangling-reference',
  'unnamed-artifact',
  'opening-pronoun',
  'undefined-acronym',
  'long-sentence',
  'wall-of-text',
  'hedging-filler',
];
