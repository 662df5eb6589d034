import type { RuleContext } from './context';
import type { Category, Severity } from './types';

export type RuleOptions = Record<string, number | string | boolean | string[]>;

/** What a rule reports; the engine adds the rule id, category and the configured severity. */
export interface RuleFinding {
  start: number;
  end: number;
  message: string;
  why: string;
  suggestion?: string;
}

export interface RuleInfo {
  id: string;
  category: Category;
  description: string;
  defaults: { severity: Severity; options?: RuleOptions };
  example: { bad: string; good: string };
}

export interface Rule extends RuleInfo {
  check(ctx: RuleContext, options: RuleOptions): RuleFinding[];
}

export const numberOption = (options: RuleOptions, key: string, fallback: number): number => {
  const v = options[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
};
