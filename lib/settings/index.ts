export { BALANCED_ID, DEFAULT_SETTINGS, type Settings, settingsItem } from './item';
export { activeConfigFor, activePresetName, resolveConfig } from './resolve';
