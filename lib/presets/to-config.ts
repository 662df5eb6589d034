import type { AnalysisConfig, RuleSetting, Site } from '../analysis/types';
import { mergeConfig } from './merge';
import type { PresetBody, PresetRuleValue, SiteKey } from './types';

export function normalizeRule(value: PresetRuleValue): RuleSetting {
  return typeof value === 'string' ? { severity: value } : { ...value };
}

export function normalizeRules(
  rules: Record<string, PresetRuleValue> | undefined,
): Record<string, RuleSetting> {
  return Object.fromEntries(Object.entries(rules ?? {}).map(([id, value]) => [id, normalizeRule(value)]));
}

/** The analysis settings a preset body gives everywhere (its site overrides left out). */
export function bodyToConfig(body: PresetBody): AnalysisConfig {
  const config: AnalysisConfig = {};
  if (body.rules && Object.keys(body.rules).length) config.rules = normalizeRules(body.rules);
  if (body.categories && Object.keys(body.categories).length) config.categories = { ...body.categories };
  if (body.weights) config.weights = structuredClone(body.weights);
  if (body.glossary && Object.keys(body.glossary).length) config.glossary = { ...body.glossary };
  if (body.vagueTerms?.length) config.vagueTerms = [...body.vagueTerms];
  if (body.phrases?.length) config.phrases = body.phrases.map((p) => ({ ...p }));
  return config;
}

/** The site overrides that apply to a site (and kind), least specific first. */
export function siteLayers(body: PresetBody, site: Site, kind?: string): AnalysisConfig[] {
  const keys: SiteKey[] = [site];
  if (kind) keys.push(`${site}:${kind}` as SiteKey);
  return keys.flatMap((key) => {
    const override = body.sites?.[key];
    if (!override) return [];
    const layer: AnalysisConfig = {};
    if (override.rules) layer.rules = normalizeRules(override.rules);
    if (override.categories) layer.categories = { ...override.categories };
    return [layer];
  });
}

/** A preset's settings for one draft's site and kind (what the command line's `--preset FILE` should use). */
export function presetConfigFor(body: PresetBody, site: Site, kind?: string): AnalysisConfig {
  return [bodyToConfig(body), ...siteLayers(body, site, kind)].reduce(mergeConfig, {});
}
