import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadCatalog } from '../presets/library';
import { syncManagedPolicy } from '../presets/managed';
import { parsePreset } from '../presets/parse';
import { DEFAULT_SETTINGS, type Settings, settingsItem } from './item';
import { activePresetName, resolveConfig } from './resolve';

const settings = (change: Partial<Settings>): Settings => ({
  ...DEFAULT_SETTINGS,
  timezone: 'Europe/Berlin',
  ...change,
});

describe('resolveConfig', () => {
  beforeEach(() => fakeBrowser.reset());

  test('Balanced with no changes leaves every rule at its default', async () => {
    const config = await resolveConfig(settings({}), 'gmail');
    expect(config).toEqual({ timezone: 'Europe/Berlin' });
  });

  test('layers the preset, its site override, then the user’s own changes', async () => {
    const s = settings({
      activePreset: 'builtin:chat-light',
      custom: { rules: { 'missing-deadline': 'warning' }, glossary: { SLA: 'service level agreement' } },
    });
    const dm = await resolveConfig(s, { site: 'slack', kind: 'dm' });
    expect(dm.categories?.style).toBe('off');
    expect(dm.rules?.['relative-date']?.severity).toBe('off');
    expect(dm.rules?.['missing-deadline']?.severity).toBe('warning');
    expect(dm.glossary).toEqual({ SLA: 'service level agreement' });
    const email = await resolveConfig(s, 'gmail');
    expect(email.categories?.style).toBeUndefined();
    expect(email.rules?.['relative-date']).toBeUndefined();
  });

  test('a user site override changes one threshold and keeps the preset’s severity', async () => {
    const s = settings({
      activePreset: 'builtin:exec-brief',
      custom: { sites: { gmail: { rules: { 'long-sentence': { options: { maxWords: 25 } } } } } },
    });
    expect((await resolveConfig(s, 'gmail')).rules?.['long-sentence']).toEqual({
      severity: 'warning',
      options: { maxWords: 25 },
    });
    expect((await resolveConfig(s, 'slack')).rules?.['long-sentence']?.options).toEqual({ maxWords: 20 });
  });

  test('a preset’s rules for a site the user turned on (its origin, and origin:kind) apply there only', async () => {
    const parsed = parsePreset(
      JSON.stringify({
        clearsend: 1,
        name: 'Engineering',
        sites: {
          'https://github.com': { rules: { 'missing-deadline': 'off' } },
          'https://github.com:comment': { rules: { 'vague-deadline': 'error' } },
          'https://intranet.example.com:8443': { categories: { style: 'off' } },
        },
      }),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    const catalog = {
      'imported:eng': { id: 'imported:eng', source: 'imported' as const, preset: parsed.preset },
    };
    const s = settings({ activePreset: 'imported:eng' });
    const comment = await resolveConfig(s, { site: 'https://github.com', kind: 'comment' }, catalog);
    expect(comment.rules?.['missing-deadline']?.severity).toBe('off');
    expect(comment.rules?.['vague-deadline']?.severity).toBe('error');
    const page = await resolveConfig(s, { site: 'https://github.com', kind: 'page' }, catalog);
    expect(page.rules?.['missing-deadline']?.severity).toBe('off');
    expect(page.rules?.['vague-deadline']).toBeUndefined();
    // The port is part of the origin: the colon before it is not a kind's.
    expect((await resolveConfig(s, 'https://intranet.example.com:8443', catalog)).categories?.style).toBe(
      'off',
    );
    for (const other of ['https://intranet.example.com', 'gmail', 'https://gitlab.com'] as const) {
      const config = await resolveConfig(s, { site: other, kind: 'comment' }, catalog);
      expect(config.rules?.['missing-deadline'], other).toBeUndefined();
      expect(config.categories?.style, other).toBeUndefined();
    }
  });

  test('a rule turned off from a card is off everywhere', async () => {
    const config = await resolveConfig(settings({ disabledRules: ['hedging-filler'] }), 'notion');
    expect(config.rules?.['hedging-filler']).toEqual({ severity: 'off' });
  });
});

describe('managed policy', () => {
  beforeEach(() => fakeBrowser.reset());
  const policy = JSON.stringify({
    clearsend: 1,
    name: 'Acme policy',
    rules: { 'deadline-timezone': 'error' },
    categories: { recipient: 'error' },
  });

  test('sets the active preset and locks the rules and categories it sets', async () => {
    await syncManagedPolicy(async () => ({ preset: policy }));
    const s = settings({
      activePreset: 'builtin:balanced',
      disabledRules: ['deadline-timezone', 'hedging-filler'],
      custom: { rules: { 'no-owner': 'off', 'long-sentence': 'off' }, categories: { recipient: 'info' } },
    });
    await settingsItem.setValue(s);
    const config = await resolveConfig(s, 'gmail');
    expect(config.rules?.['deadline-timezone']?.severity).toBe('error');
    expect(config.categories?.recipient).toBe('error');
    expect(config.rules?.['no-owner']).toBeUndefined();
    // Rules the policy does not set are still the user's to change.
    expect(config.rules?.['long-sentence']?.severity).toBe('off');
    expect(config.rules?.['hedging-filler']?.severity).toBe('off');
    expect(await activePresetName()).toBe('Acme policy');
  });

  test('an invalid policy enforces nothing and is reported', async () => {
    const state = await syncManagedPolicy(async () => ({
      preset: '{"clearsend":1,"name":"X","rules":{"no-owner":"loud"}}',
    }));
    expect(state).toMatchObject({ state: 'invalid', error: expect.stringContaining('rules.no-owner') });
    expect((await loadCatalog()).managed).toBeUndefined();
    expect(await activePresetName()).toBe('Balanced');
  });

  test('reads browser.storage.managed when no reader is given', async () => {
    await fakeBrowser.storage.managed.set({ preset: policy });
    expect(await syncManagedPolicy()).toMatchObject({ state: 'ok', preset: { name: 'Acme policy' } });
  });
});
