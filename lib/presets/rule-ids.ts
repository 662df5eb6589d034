import type { Category } from '../analysis/types';

/**
 * Rule ids the engine promises (shared decisions) and their categories, readable without loading the engine.
 * A preset naming another id is still accepted (it may come from a newer Clearsend) and reported as a warning.
 */
export const RULE_CATEGORIES: Readonly<Record<string, Category>> = {
  'greeting-only': 'ask',
  'buried-ask': 'ask',
  'stacked-questions': 'ask',
  'reply-wanted-no-ask': 'ask',
  'missing-deadline': 'deadline',
  'vague-deadline': 'deadline',
  'relative-date': 'deadline',
  'deadline-timezone': 'deadline',
  'no-owner': 'recipient',
  'no-recipients': 'recipient',
  'broadcast-mention': 'recipient',
  'dangling-reference': 'context',
  'unnamed-artifact': 'context',
  'opening-pronoun': 'context',
  'undefined-acronym': 'context',
  'long-sentence': 'style',
  'wall-of-text': 'style',
  'hedging-filler': 'style',
};
