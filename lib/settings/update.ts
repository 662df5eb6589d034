import type { PresetRuleValue } from '../presets/types';
import { type Settings, settingsItem } from './item';

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = change(await settingsItem.getValue());
  await settingsItem.setValue(next);
  return next;
}

/** The user's own setting for one rule; `undefined` goes back to what the preset says. */
export function setUserRule(settings: Settings, id: string, value: PresetRuleValue | undefined): Settings {
  const { [id]: _old, ...rules } = settings.custom.rules ?? {};
  return {
    ...settings,
    disabledRules: settings.disabledRules.filter((r) => r !== id),
    custom: { ...settings.custom, rules: value === undefined ? rules : { ...rules, [id]: value } },
  };
}

export function setGlossary(settings: Settings, glossary: Record<string, string>): Settings {
  return { ...settings, custom: { ...settings.custom, glossary } };
}
