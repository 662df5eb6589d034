import type { AnalysisConfig, Category, Severity } from '../../lib/analysis/types';
import type { PresetRuleValue } from '../../lib/presets/types';
import type { Locks } from '../../lib/settings/locks';
import { isLocked } from '../../lib/settings/locks';

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
}

const LEVELS = ['off', 'info', 'warning', 'error'] as const;

export function levelInForce(rule: RuleView, config: AnalysisConfig): (typeof LEVELS)[number] {
  return config.rules?.[rule.id]?.severity ?? config.categories?.[rule.category] ?? rule.defaults.severity;
}

/** Every check, with what it looks for, an example, and a switch and level the user controls. */
export function RuleList({ rules, config, own, locks, onChange }: Props) {
  return (
    <ul class="rules">
      {rules.map((rule) => {
        const level = levelInForce(rule, config);
        const locked = isLocked(locks, rule.id, rule.category);
        const labelId = `rule-${rule.id}`;
        return (
          <li key={rule.id} class="rule" data-rule={rule.id} data-locked={locked || undefined}>
            <div class="rule-head">
              <label class="toggle">
                <input
                  type="checkbox"
                  checked={level !== 'off'}
                  disabled={locked}
                  aria-describedby={`${labelId}-desc`}
                  onChange={(e) =>
                    onChange(rule.id, e.currentTarget.checked ? rule.defaults.severity : 'off')
                  }
                />
                <span id={labelId}>{rule.id}</span>
              </label>
              <span class="category">{rule.category}</span>
              <label>
                <span class="visually-hidden">Level for {rule.id}</span>
                <select
                  value={level}
                  disabled={locked}
                  onChange={(e) => onChange(rule.id, e.currentTarget.value as PresetRuleValue)}
                >
                  {LEVELS.map((l) => (
                    <option key={l} value={l}>
                      {l}
                    </option>
                  ))}
                </select>
              </label>
              {locked && <span class="locked">Set by your administrator</span>}
              {!locked && own[rule.id] !== undefined && (
                <button type="button" class="link" onClick={() => onChange(rule.id, undefined)}>
                  Back to preset
                </button>
              )}
            </div>
            <p id={`${labelId}-desc`}>{rule.description}</p>
            <p class="example">
              <span class="bad">Flagged: “{rule.example.bad}”</span>
              <span class="good">Fine: “{rule.example.good}”</span>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
