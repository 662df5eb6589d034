import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { keepPassingExamples } from '../presets/examples';
import { presetToJson, presetWithChanges } from '../presets/export';
import { loadCatalog } from '../presets/library';
import { importPreset } from './import';
import { DEFAULT_SETTINGS, type Settings, settingsItem } from './item';
import { activeEntry, resolveConfig, type Target } from './resolve';

const TARGETS: Target[] = [
  'gmail',
  'notion',
  'text',
  { site: 'slack', kind: 'dm' },
  { site: 'slack', kind: 'channel' },
];

async function resolveAll(settings: Settings) {
  const catalog = await loadCatalog();
  return Promise.all(TARGETS.map((t) => resolveConfig(settings, t, catalog)));
}

async function snapshotStorage() {
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
}

describe('importing presets', () => {
  beforeEach(() => fakeBrowser.reset());

  test.each(['builtin:balanced', 'builtin:strict-async', 'builtin:chat-light', 'builtin:exec-brief'])(
    'export → import gives the same settings (%s with the user’s own changes)',
    async (presetId) => {
      const before: Settings = {
        ...DEFAULT_SETTINGS,
        timezone: 'America/New_York',
        activePreset: presetId,
        disabledRules: ['hedging-filler'],
        custom: {
          rules: { 'buried-ask': { options: { maxWordsBefore: 50 } }, 'no-owner': 'info' },
          categories: { context: 'warning' },
          glossary: { OKR: 'objectives and key results' },
          vagueTerms: ['in a bit'],
          sites: { 'slack:channel': { rules: { 'broadcast-mention': 'error' } } },
        },
      };
      await settingsItem.setValue(before);
      const expected = await resolveAll(before);

      const entry = activeEntry(before, await loadCatalog());
      const custom = {
        ...before.custom,
        rules: { ...before.custom.rules, 'hedging-filler': 'off' as const },
      };
      const file = presetToJson(keepPassingExamples(presetWithChanges(entry.preset, custom, 'Ours')));

      // A teammate with fresh settings imports the file.
      await fakeBrowser.reset();
      await settingsItem.setValue({ ...DEFAULT_SETTINGS, timezone: 'America/New_York' });
      const outcome = await importPreset(file, {});
      expect(outcome.status).toBe('applied');
      expect(await resolveAll(await settingsItem.getValue())).toEqual(expected);
    },
  );

  test('an engine failure on an example is a failed example with its reason, never an exception (issue 15.5)', async () => {
    const preset = JSON.stringify({
      clearsend: 1,
      name: 'Breaks the engine',
      examples: [{ text: 'Can you review the launch plan soon?', expect: { none: true } }],
    });
    const before = await snapshotStorage();
    const outcome = await importPreset(preset, {
      analyze: () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    });
    expect(outcome.status).toBe('examples-failed');
    if (outcome.status !== 'examples-failed') return;
    expect(outcome.results[0]?.problems).toEqual([
      'the check itself failed (Maximum call stack size exceeded)',
    ]);
    expect(await snapshotStorage()).toBe(before);
  });

  test('a preset whose examples fail is reported and not applied; applying it anyway is a choice', async () => {
    const preset = JSON.stringify({
      clearsend: 1,
      name: 'Wrong about itself',
      examples: [{ text: 'Can you review the launch plan soon?', expect: { none: true } }],
    });
    const before = await snapshotStorage();
    const outcome = await importPreset(preset, {});
    expect(outcome.status).toBe('examples-failed');
    if (outcome.status !== 'examples-failed') return;
    expect(outcome.results[0]?.problems[0]).toMatch(/expected no findings, got .*vague-deadline/);
    expect(await snapshotStorage()).toBe(before);

    const forced = await importPreset(preset, { acceptFailingExamples: true });
    expect(forced.status).toBe('applied');
    expect((await settingsItem.getValue()).activePreset).toBe('imported:wrong-about-itself');
  });

  test('fuzzed malformed presets never throw and never change anything stored', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, activePreset: 'builtin:exec-brief' });
    const badValue = fc.oneof(
      fc.integer(),
      fc.constant('loud'),
      fc.constant(null),
      fc.array(fc.string()),
      fc.object(),
    );
    const mutated = fc
      .record({
        field: fc.constantFrom('rules', 'categories', 'sites', 'phrases', 'examples', 'weights', 'glossary'),
        key: fc.constantFrom('ask', 'vague-deadline', 'slack', 'x y'),
        value: badValue,
      })
      .map(({ field, key, value }) =>
        JSON.stringify({ clearsend: 1, name: 'Fuzz', [field]: { [key]: value } }),
      );
    const input = fc.oneof(fc.anything(), fc.json(), fc.string(), mutated, fc.constant('clearsend1:AAAA'));
    await fc.assert(
      fc.asyncProperty(input, async (value) => {
        const before = await snapshotStorage();
        const outcome = await importPreset(value, {});
        if (outcome.status === 'applied') {
          await fakeBrowser.reset();
          await settingsItem.setValue({ ...DEFAULT_SETTINGS, activePreset: 'builtin:exec-brief' });
          return;
        }
        expect(outcome.status).toBe('invalid');
        expect(await snapshotStorage()).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  test('a mutated rule severity is always refused with the path of that rule', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('no-owner', 'vague-deadline', 'wall-of-text'),
        fc.string().filter((s) => !['off', 'info', 'warning', 'error'].includes(s)),
        async (id, level) => {
          const outcome = await importPreset({ clearsend: 1, name: 'Bad', rules: { [id]: level } }, {});
          expect(outcome).toEqual({
            status: 'invalid',
            error: expect.stringMatching(new RegExp(`^rules\\.${id}: `)),
          });
        },
      ),
      { numRuns: 50 },
    );
  });
});
