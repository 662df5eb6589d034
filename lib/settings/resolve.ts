import type { AnalysisConfig, DraftKind, Site } from '../analysis/types';
import { BUILTIN_PRESETS } from '../presets/builtin';
import { type Catalog, type CatalogEntry, loadCatalog, MANAGED_ID } from '../presets/library';
import { mergeAll } from '../presets/merge';
import { bodyToConfig, siteLayers } from '../presets/to-config';
import type { PresetBody } from '../presets/types';
import { BALANCED_ID, type Settings, settingsItem } from './item';
import { locksOf, withoutLocked } from './locks';

export type Target = Site | { site: Site; kind?: DraftKind };

const balancedEntry: CatalogEntry = {
  id: BALANCED_ID,
  source: 'builtin',
  preset: BUILTIN_PRESETS[BALANCED_ID]!,
};

/** The preset in force: the administrator's when a policy sets one, else the user's choice, else Balanced. */
export function activeEntry(settings: Settings, catalog: Catalog): CatalogEntry {
  return catalog[MANAGED_ID] ?? catalog[settings.activePreset] ?? balancedEntry;
}

/**
 * The analysis settings for a site (and kind of message): the preset, its site override, the user's own
 * changes and their site override; a policy's rules are laid on last and the user's changes to them dropped.
 */
export async function resolveConfig(
  settings: Settings,
  target: Target,
  catalog?: Catalog,
): Promise<AnalysisConfig> {
  const { site, kind } = typeof target === 'string' ? { site: target, kind: undefined } : target;
  const entries = catalog ?? (await loadCatalog());
  const preset = activeEntry(settings, entries).preset;
  const managed = entries[MANAGED_ID]?.preset;
  const locks = locksOf(managed);
  const disabled = Object.fromEntries(settings.disabledRules.map((id) => [id, 'off' as const]));
  const user: PresetBody = withoutLocked(
    { ...settings.custom, rules: { ...settings.custom.rules, ...disabled } },
    locks,
  );
  const layers = [
    bodyToConfig(preset),
    ...siteLayers(preset, site, kind),
    bodyToConfig(user),
    ...siteLayers(user, site, kind),
  ];
  if (managed)
    layers.push(
      bodyToConfig({ rules: managed.rules, categories: managed.categories }),
      ...siteLayers(managed, site, kind),
    );
  const timezone = settings.timezone || Intl.DateTimeFormat().resolvedOptions().timeZone;
  return { ...mergeAll(layers), ...(timezone ? { timezone } : {}) };
}

export async function activeConfigFor(target: Target): Promise<AnalysisConfig> {
  return resolveConfig(await settingsItem.getValue(), target);
}

export async function activePresetName(): Promise<string> {
  return activeEntry(await settingsItem.getValue(), await loadCatalog()).preset.name;
}
