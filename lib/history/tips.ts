import { ruleName, ruleTip } from '../analysis/rule-text';
import type { Category } from '../analysis/types';

// Rules this version does not know (a newer preset's) fall back to their category's line.
const CATEGORY_TIPS: Record<Category, string> = {
  ask: 'Make the ask clear and near the top.',
  deadline: 'Give every ask a specific deadline.',
  recipient: 'Name who owns each ask.',
  context: 'Link what you refer to, so nobody has to ask.',
  style: 'Keep sentences and paragraphs short.',
};

export function tipFor(rule: string, category?: Category): string {
  return (
    ruleTip(rule) ?? (category ? CATEGORY_TIPS[category] : 'Check the cards Clearsend shows on this one.')
  );
}

/** Rule names come from the one table in lib/analysis/rule-text.ts. */
export const ruleLabel = ruleName;

export const CATEGORY_LABELS: Record<Category, string> = {
  ask: 'Clear ask',
  deadline: 'Deadline',
  recipient: 'Owner',
  context: 'Context',
  style: 'Style',
};
