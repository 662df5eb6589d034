import type { AnalysisConfig, DraftKind, Site } from '../analysis/types';
import { BUILTIN_PRESETS } from '../presets/builtin';
import { mergeAll } from '../presets/merge';
import { bodyToConfig, siteLayers } from '../presets/to-config';
import type { Preset } from '../presets/types';
import { BALANCED_ID, type Settings, settingsItem } from './item';

export type Target = Site | { site: Site; kind?: DraftKind };

/** Resolves the analysis settings for a site: preset → its site override → the user's own changes. */
export async function resolveConfig(
  settings: Settings,
  target: Target,
  presets: Record<string, Preset> = BUILTIN_PRESETS,
): Promise<AnalysisConfig> {
  const { site, kind } = typeof target === 'string' ? { site: target, kind: undefined } : target;
  const preset = presets[settings.activePreset] ?? BUILTIN_PRESETS[BALANCED_ID]!;
  const off = Object.fromEntries(settings.disabledRules.map((id) => [id, { severity: 'off' as const }]));
  return mergeAll([bodyToConfig(preset), ...siteLayers(preset, site, kind), { rules: off }]);
}

export async function activeConfigFor(target: Target): Promise<AnalysisConfig> {
  return resolveConfig(await settingsItem.getValue(), target);
}

export async function activePresetName(): Promise<string> {
  const settings = await settingsItem.getValue();
  return (BUILTIN_PRESETS[settings.activePreset] ?? BUILTIN_PRESETS[BALANCED_ID]!).name;
}
