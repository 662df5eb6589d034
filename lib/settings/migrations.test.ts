import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, settingsItem } from './item';
import type { SettingsV1 } from './versions';

// Literal snapshots of what each earlier version wrote; never edit them, add one per new version.
const V1: SettingsV1 = {
  paused: false,
  pausedSites: ['slack'],
  panelOnly: true,
  keepFlaggedText: true,
  activePreset: 'builtin:strict-async',
  disabledRules: ['hedging-filler', 'long-sentence'],
};

const SNAPSHOTS: Record<number, unknown> = { 1: V1 };

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
      expect(migrated).toMatchObject(V1);
      expect(migrated.custom).toEqual({});
      expect(migrated.workingHours).toEqual(DEFAULT_SETTINGS.workingHours);
      expect(await settingsItem.getMeta()).toMatchObject({ v: SETTINGS_VERSION });
    },
  );

  test('version 1 data stored without a version marker is read as version 1', async () => {
    await fakeBrowser.storage.local.set({ settings: V1 });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toMatchObject({ ...V1, timezone: '' });
  });

  test('a fresh install reads the defaults', async () => {
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });
});
