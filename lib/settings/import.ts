import { type Analyze, type ExampleResult, runPresetExamples } from '../presets/examples';
import { importedId, importedPresetsItem, loadCatalog } from '../presets/library';
import { parsePreset } from '../presets/parse';
import type { Preset } from '../presets/types';
import { settingsItem } from './item';

export type ImportOutcome =
  | { status: 'invalid'; error: string }
  | { status: 'examples-failed'; preset: Preset; warnings: string[]; results: ExampleResult[] }
  | { status: 'applied'; id: string; preset: Preset; warnings: string[] };

export interface ImportOptions {
  analyze?: Analyze;
  /** The user saw the failing examples and chose to apply the preset anyway. */
  acceptFailingExamples?: boolean;
  /** Keep it in the library without making it the active preset. */
  activate?: boolean;
}

/**
 * Imports a preset (file text, share code or parsed JSON) and makes it active. Everything is checked before
 * anything is written: a bad preset, or one whose examples fail, leaves the settings exactly as they were.
 */
export async function importPreset(input: string | unknown, options: ImportOptions): Promise<ImportOutcome> {
  try {
    return await importChecked(input, options);
  } catch (error) {
    // Whatever goes wrong, the user gets a reason and the settings stay as they were.
    return {
      status: 'invalid',
      error: `not imported: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

async function importChecked(input: string | unknown, options: ImportOptions): Promise<ImportOutcome> {
  const parsed = parsePreset(input);
  if (!parsed.ok) return { status: 'invalid', error: parsed.error };
  const { preset, warnings } = parsed;
  const examples = runPresetExamples(preset, options.analyze);
  if (!examples.passed && !options.acceptFailingExamples) {
    return { status: 'examples-failed', preset, warnings, results: examples.results };
  }
  const id = importedId(preset.name);
  const builtinClash = (await loadCatalog())[id]?.source === 'builtin';
  const finalId = builtinClash ? `${id}-imported` : id;
  await importedPresetsItem.setValue({
    ...(await importedPresetsItem.getValue()),
    [finalId]: { preset, addedAt: Date.now() },
  });
  if (options.activate !== false) await activatePreset(finalId);
  return { status: 'applied', id: finalId, preset, warnings };
}

export async function activatePreset(id: string): Promise<void> {
  const catalog = await loadCatalog();
  if (!catalog[id]) throw new Error(`No preset "${id}"`);
  await settingsItem.setValue({ ...(await settingsItem.getValue()), activePreset: id });
}

export async function removeImportedPreset(id: string): Promise<void> {
  const { [id]: _removed, ...rest } = await importedPresetsItem.getValue();
  await importedPresetsItem.setValue(rest);
  const settings = await settingsItem.getValue();
  if (settings.activePreset === id)
    await settingsItem.setValue({ ...settings, activePreset: 'builtin:balanced' });
}
