import { storage } from 'wxt/utils/storage';
import { migrateV1toV2, type SettingsV1, type SettingsV2 } from './versions';

export type Settings = SettingsV2;

export const BALANCED_ID = 'builtin:balanced';

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  pausedSites: [],
  panelOnly: false,
  keepFlaggedText: false,
  activePreset: BALANCED_ID,
  disabledRules: [],
  custom: {},
  timezone: '',
  workingHours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] },
};

export const SETTINGS_VERSION = 2;

/** Each entry takes the shape of the version before it (see versions.ts). */
export const settingsMigrations = {
  2: (old: SettingsV1): SettingsV2 => migrateV1toV2(old),
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
});
