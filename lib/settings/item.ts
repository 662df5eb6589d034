import { storage } from 'wxt/utils/storage';
import type { SettingsV1 } from './versions';

export type Settings = SettingsV1;

export const BALANCED_ID = 'builtin:balanced';

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  pausedSites: [],
  panelOnly: false,
  keepFlaggedText: false,
  activePreset: BALANCED_ID,
  disabledRules: [],
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});
