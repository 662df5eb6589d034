import type { Rule, RuleOptions } from './rule';
import type { AnalysisConfig, Severity } from './types';

/** A rule's own setting wins over its category's, which wins over the rule's default. */
export function severityFor(rule: Rule, config: AnalysisConfig): Severity | 'off' {
  return config.rules?.[rule.id]?.severity ?? config.categories?.[rule.category] ?? rule.defaults.severity;
}

export function optionsFor(rule: Rule, config: AnalysisConfig): RuleOptions {
  return { ...rule.defaults.options, ...config.rules?.[rule.id]?.options };
}
