import * as v from 'valibot';
import { listRules } from '../analysis/registry';
import type { AnalysisConfig } from '../analysis/types';
import { describeIssue } from '../schema-issue';
import { checkPhraseMatch } from './phrase-check';
import { presetSchema } from './schema';
import { decodeShareCode, isShareCode } from './share-code';
import { bodyToConfig } from './to-config';
import type { Preset } from './types';

/** Larger than any sensible team preset by far, small enough that parsing one is instant. */
export const MAX_PRESET_BYTES = 256 * 1024;

export type ParseResult =
  | { ok: true; preset: Preset; config: AnalysisConfig; warnings: string[] }
  | { ok: false; error: string };

/**
 * The one way in for every preset: a JSON text, a share code, or an already-parsed value (policy storage).
 * Never throws; on failure the error names the JSON path of the first bad field.
 */
export function parsePreset(input: string | unknown, knownRules?: readonly string[]): ParseResult {
  try {
    const value = typeof input === 'string' ? readText(input) : { ok: true as const, value: input };
    if (!value.ok) return value;
    return validate(value.value, knownRules ?? listRules().map((r) => r.id));
  } catch (error) {
    return { ok: false, error: `not a preset: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function readText(input: string): { ok: true; value: unknown } | { ok: false; error: string } {
  let text = input.trim();
  if (isShareCode(text)) {
    const decoded = decodeShareCode(text, MAX_PRESET_BYTES);
    if (!decoded.ok) return decoded;
    text = decoded.text;
  }
  if (new TextEncoder().encode(text).length > MAX_PRESET_BYTES) {
    return { ok: false, error: `too large: a preset is at most ${MAX_PRESET_BYTES / 1024} kB` };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: `not valid JSON (${error instanceof Error ? error.message : 'parse error'})` };
  }
}

function validate(value: unknown, knownRules: readonly string[]): ParseResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'expected a JSON object with "clearsend": 1 and a "name"' };
  }
  const result = v.safeParse(presetSchema, value, { abortEarly: true });
  if (!result.success) return { ok: false, error: describeIssue(result.issues[0]) };
  const preset = result.output;
  for (const [index, phrase] of (preset.phrases ?? []).entries()) {
    const reason = checkPhraseMatch(phrase.match);
    if (reason) return { ok: false, error: `phrases[${index}].match: ${reason}` };
  }
  const ids = new Set((preset.phrases ?? []).map((p) => p.id));
  if (ids.size !== (preset.phrases ?? []).length)
    return { ok: false, error: 'phrases: two phrase rules share an id' };
  return {
    ok: true,
    preset,
    config: bodyToConfig(preset),
    warnings: unknownRuleWarnings(preset, knownRules),
  };
}

function unknownRuleWarnings(preset: Preset, knownRules: readonly string[]): string[] {
  const known = new Set(knownRules);
  const paths = [
    ...Object.keys(preset.rules ?? {}).map((id) => ({ id, path: `rules.${id}` })),
    ...Object.entries(preset.sites ?? {}).flatMap(([site, o]) =>
      Object.keys(o?.rules ?? {}).map((id) => ({ id, path: `sites.${site}.rules.${id}` })),
    ),
  ];
  return paths
    .filter(({ id }) => !known.has(id))
    .map(
      ({ path }) => `${path}: unknown rule (kept; it may come from a newer Clearsend and does nothing here)`,
    );
}
