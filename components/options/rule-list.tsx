import { ruleName } from '../../lib/analysis/rule-text';
import { LEVEL_WORD } from '../../lib/analysis/severity-word';
import type { AnalysisConfig, Category, Severity } from '../../lib/analysis/types';
import { CATEGORY_LABELS } from '../../lib/history/tips';
import type { PresetRuleValue } from '../../lib/presets/types';
import type { Locks } from '../../lib/settings/locks';
import { isLocked } from '../../lib/settings/locks';
import { freshExampleDates } from '../common/example-dates';

export interface RuleView {
  id: string;
  category: Category;
  description: string;
  defaults: { severity: Severity; options?: Record<string, unknown> };
  example: { bad: string; good: string };
}

interface Props {
  rules: RuleView[];
  /** The resolved settings (preset + the user's changes), to show what is in force. */
  config: AnalysisConfig;
  /** The user's own changes, so "back to preset" is offered only where there is one. */
  own: Record<string, PresetRuleValue>;
  locks: Locks;
  onChange: (id: string, value: PresetRuleValue | undefined) => void;
  /** Examples' dates are shown after this (the clock by default). */
  now?: Date;
}

const LEVELS = ['off', 'info', 'warning', 'error'] as const;

export function levelInForce(rule: RuleView, config: AnalysisConfig): (typeof LEVELS)[number] {
  return config.rules?.[rule.id]?.severity ?? config.categories?.[rule.category] ?? rule.defaults.severity;
}

/**
 * Every check by the name the cards use, with what it looks for, an example (its dates moved after `now`),
 * and one control: a menu of levels that includes "Off".
 */
export function RuleList({ rules, config, own, locks, onChange, now = new Date() }: Props) {
  return (
    <ul class="rules">
      {rules.map((rule) => {
        const level = levelInForce(rule, config);
        const locked = isLocked(locks, rule.id, rule.category);
        const labelId = `rule-${rule.id}`;
        return (
          <li key={rule.id} class="rule" data-rule={rule.id} data-locked={locked || undefined}>
            <div class="rule-head">
              <label for={`${labelId}-level`} id={labelId} class="rule-name">
                {ruleName(rule.id)}
              </label>
              <span class="category">{CATEGORY_LABELS[rule.category]}</span>
              <select
                id={`${labelId}-level`}
                value={level}
                disabled={locked}
                aria-describedby={`${labelId}-desc`}
                onChange={(e) => onChange(rule.id, e.currentTarget.value as PresetRuleValue)}
              >
                {LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {LEVEL_WORD[l]}
                  </option>
                ))}
              </select>
              {locked && <span class="locked">Set by your administrator</span>}
              {!locked && own[rule.id] !== undefined && (
                <button type="button" class="link" onClick={() => onChange(rule.id, undefined)}>
                  Back to preset
                </button>
              )}
            </div>
            <p id={`${labelId}-desc`}>{rule.description}</p>
            <p class="example">
              <span class="bad">Flagged: “{freshExampleDates(rule.example.bad, now)}”</span>
              <span class="good">Fine: “{freshExampleDates(rule.example.good, now)}”</span>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
