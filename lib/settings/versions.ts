import type { Site } from '../analysis/types';
import type { PresetBody } from '../presets/types';

// Every shape the settings item has had. A migration takes exactly the one before it, so old data written by
// any released version walks the chain to the current shape. Never edit an old shape: add a new one.

/** Version 1: pause, panel and privacy switches, and the rules a user turned off from a card. */
export interface SettingsV1 {
  paused: boolean;
  pausedSites: Site[];
  panelOnly: boolean;
  keepFlaggedText: boolean;
  activePreset: string;
  disabledRules: string[];
}

/** Version 2: the user's own rule changes (same shape as a preset's), timezone and working hours. */
export interface SettingsV2 extends SettingsV1 {
  /** The user's own changes, laid over the active preset: rules, thresholds, glossary, phrases, sites … */
  custom: PresetBody;
  /** IANA timezone; empty means the browser's own. */
  timezone: string;
  /** When the user works: "HH:MM" in their timezone, days 0 (Sunday) – 6. */
  workingHours: { start: string; end: string; days: number[] };
}

export function migrateV1toV2(old: SettingsV1): SettingsV2 {
  return {
    ...old,
    custom: {},
    timezone: '',
    workingHours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] },
  };
}

/** Version 3: no working hours and no "keep flagged text" (nothing read the one; the other kept whole drafts the
 *  user could never see, so Clearsend stopped keeping text at all). */
export type SettingsV3 = Omit<SettingsV2, 'workingHours' | 'keepFlaggedText'>;

export function migrateV2toV3(old: SettingsV2): SettingsV3 {
  const { workingHours: _hours, keepFlaggedText: _keep, ...kept } = old;
  return kept;
}
