import { mergeBodies } from './body';
import { encodeShareCode } from './share-code';
import type { Preset, PresetBody } from './types';

const FIELD_ORDER: (keyof Preset)[] = [
  'clearsend',
  'name',
  'description',
  'author',
  'version',
  'rules',
  'categories',
  'glossary',
  'vagueTerms',
  'phrases',
  'sites',
  'weights',
  'examples',
];

/** The preset as a readable JSON file, its fields in the documented order. */
export function presetToJson(preset: Preset): string {
  const ordered = Object.fromEntries(
    FIELD_ORDER.filter((key) => preset[key] !== undefined).map((key) => [key, preset[key]]),
  );
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export function presetToShareCode(preset: Preset): string {
  return encodeShareCode(JSON.stringify(JSON.parse(presetToJson(preset))));
}

/** The preset in force with the user's own changes folded in, ready to hand to a teammate. */
export function presetWithChanges(preset: Preset, custom: PresetBody, name: string): Preset {
  const { clearsend, description, author, version, examples } = preset;
  return {
    clearsend,
    name,
    ...(description ? { description } : {}),
    ...(author ? { author } : {}),
    ...(version ? { version } : {}),
    ...mergeBodies(preset, custom),
    ...(examples ? { examples } : {}),
  };
}

export function presetFileName(preset: Preset): string {
  const slug =
    preset.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'preset';
  return `clearsend-${slug}.json`;
}
