import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, settingsItem } from './item';
import type { SettingsV1, SettingsV2 } from './versions';

// Literal snapshots of what each earlier version wrote; never edit them, add one per new version.
const V1: SettingsV1 = {
  paused: false,
  pausedSites: ['slack'],
  panelOnly: true,
  keepFlaggedText: true,
  activePreset: 'builtin:strict-async',
  disabledRules: ['hedging-filler', 'long-sentence'],
};

const V2: SettingsV2 = {
  ...V1,
  custom: { rules: { 'long-sentence': 'off' }, glossary: { SLO: 'service level objective' } },
  timezone: 'Europe/Berlin',
  workingHours: { start: '08:00', end: '16:00', days: [1, 2, 3, 4] },
};

const SNAPSHOTS: Record<number, SettingsV1 | SettingsV2> = { 1: V1, 2: V2 };

/** What every version keeps: the choices a user made that still exist (working hours and kept text do not). */
const { keepFlaggedText: _keep, ...V1_CHOICES } = V1;

describe('settings migrations', () => {
  beforeEach(() => fakeBrowser.reset());

  test('there is a snapshot for every earlier version', () => {
    expect(Object.keys(SNAPSHOTS).map(Number)).toEqual(
      Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => i + 1),
    );
  });

  test.each(Object.entries(SNAPSHOTS))(
    'data written by version %s keeps every choice the user made',
    async (version, old) => {
      await fakeBrowser.storage.local.set({ settings: old, settings$: { v: Number(version) } });
      await settingsItem.migrate();
      const migrated = await settingsItem.getValue();
      expect(migrated).toMatchObject(V1_CHOICES);
      expect(migrated.custom).toEqual('custom' in old ? old.custom : {});
      expect(migrated.timezone).toBe('timezone' in old ? old.timezone : '');
      // Version 3 dropped both: nothing read the hours, and Clearsend keeps no text of a draft.
      expect(migrated).not.toHaveProperty('workingHours');
      expect(migrated).not.toHaveProperty('keepFlaggedText');
      expect(await settingsItem.getMeta()).toMatchObject({ v: SETTINGS_VERSION });
    },
  );

  test('version 1 data stored without a version marker is read as version 1', async () => {
    await fakeBrowser.storage.local.set({ settings: V1 });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toMatchObject({ ...V1_CHOICES, timezone: '' });
  });

  test('a fresh install reads the defaults', async () => {
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });
});
