import type { Site } from '../analysis/types';

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
