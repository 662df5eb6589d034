import { storage } from 'wxt/utils/storage';
import { SETTINGS_KEY } from './key';
import { migrateV1toV2, migrateV2toV3, type SettingsV1, type SettingsV2, type SettingsV3 } from './versions';

export type Settings = SettingsV3;

export const BALANCED_ID = 'builtin:balanced';

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  pausedSites: [],
  panelOnly: false,
  activePreset: BALANCED_ID,
  disabledRules: [],
  custom: {},
  timezone: '',
};

export const SETTINGS_VERSION = 3;

/** Each entry takes the shape of the version before it (see versions.ts). */
export const settingsMigrations = {
  2: (old: SettingsV1): SettingsV2 => migrateV1toV2(old),
  3: (old: SettingsV2): SettingsV3 => migrateV2toV3(old),
};

export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
});
