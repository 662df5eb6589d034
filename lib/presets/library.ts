import { storage } from 'wxt/utils/storage';
import { BUILTIN_PRESETS } from './builtin';
import type { Preset, PresetSource } from './types';

// Presets are stored already validated (parse.ts runs before anything is saved), so reading them back needs
// no parser: this file, and the settings that read it, stay light enough for content scripts.

export interface ImportedPreset {
  preset: Preset;
  addedAt: number;
}

export interface Subscription {
  url: string;
  /** The last version that fetched and validated, and that the user accepted. */
  preset?: Preset;
  /** A newer valid version waiting for the user to accept its changes. */
  pending?: Preset;
  lastChecked?: number;
  lastError?: string;
}

export type ManagedPolicyState =
  | { state: 'none' }
  | { state: 'ok'; preset: Preset; warnings: string[] }
  | { state: 'invalid'; error: string };

export const MANAGED_ID = 'managed';

export const importedPresetsItem = storage.defineItem<Record<string, ImportedPreset>>(
  'local:importedPresets',
  {
    fallback: {},
    version: 1,
  },
);

export const subscriptionsItem = storage.defineItem<Record<string, Subscription>>('local:subscriptions', {
  fallback: {},
  version: 1,
});

/** A copy of the administrator's policy, refreshed by the background from `storage.managed`. */
export const managedPolicyItem = storage.defineItem<ManagedPolicyState>('local:managedPolicy', {
  fallback: { state: 'none' },
  version: 1,
});

export interface CatalogEntry {
  id: string;
  source: PresetSource;
  preset: Preset;
}

export type Catalog = Record<string, CatalogEntry>;

export function importedId(name: string): string {
  return `imported:${
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'preset'
  }`;
}

export function subscribedId(url: string): string {
  return `subscribed:${url}`;
}

export async function loadCatalog(): Promise<Catalog> {
  const [imported, subscriptions, managed] = await Promise.all([
    importedPresetsItem.getValue(),
    subscriptionsItem.getValue(),
    managedPolicyItem.getValue(),
  ]);
  const entries: CatalogEntry[] = [
    ...Object.entries(BUILTIN_PRESETS).map(([id, preset]) => ({ id, source: 'builtin' as const, preset })),
    ...Object.entries(imported).map(([id, item]) => ({
      id,
      source: 'imported' as const,
      preset: item.preset,
    })),
    ...Object.entries(subscriptions).flatMap(([id, sub]) =>
      sub.preset ? [{ id, source: 'subscribed' as const, preset: sub.preset }] : [],
    ),
    ...(managed.state === 'ok'
      ? [{ id: MANAGED_ID, source: 'managed' as const, preset: managed.preset }]
      : []),
  ];
  return Object.fromEntries(entries.map((e) => [e.id, e]));
}
