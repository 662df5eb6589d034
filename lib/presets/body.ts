import { mergeConfig } from './merge';
import { normalizeRules } from './to-config';
import type { PresetBody, SiteKey, SiteOverride } from './types';

/** Lays one preset body over another (site overrides included), in the same way settings resolve. */
export function mergeBodies(base: PresetBody, over: PresetBody): PresetBody {
  const merged = mergeConfig(
    { ...base, rules: normalizeRules(base.rules) },
    { ...over, rules: normalizeRules(over.rules) },
  );
  const sites: Partial<Record<SiteKey, SiteOverride>> = {};
  // `over` must win on every site too: where a base site override sets something `over` sets everywhere,
  // lay `over`'s setting onto that site override as well.
  for (const [key, site] of Object.entries(base.sites ?? {}) as [SiteKey, SiteOverride][]) {
    const siteRules = normalizeRules(site.rules);
    const overRules = normalizeRules(over.rules);
    const shadowed = Object.fromEntries(Object.entries(overRules).filter(([id]) => id in siteRules));
    const categories = Object.fromEntries(
      Object.entries(site.categories ?? {}).map(([c, level]) => [
        c,
        over.categories?.[c as keyof typeof over.categories] ?? level,
      ]),
    );
    const rules = mergeConfig({ rules: siteRules }, { rules: shadowed }).rules ?? {};
    sites[key] = {
      ...(Object.keys(rules).length ? { rules } : {}),
      ...(site.categories ? { categories } : {}),
    };
  }
  for (const [key, site] of Object.entries(over.sites ?? {}) as [SiteKey, SiteOverride][]) {
    const prev = sites[key] ?? {};
    const rules = mergeConfig(
      { rules: normalizeRules(prev.rules) },
      { rules: normalizeRules(site.rules) },
    ).rules;
    sites[key] = {
      ...(rules && Object.keys(rules).length ? { rules } : {}),
      ...(prev.categories || site.categories
        ? { categories: { ...prev.categories, ...site.categories } }
        : {}),
    };
  }
  const body: PresetBody = {};
  if (merged.rules && Object.keys(merged.rules).length) body.rules = merged.rules;
  if (merged.categories && Object.keys(merged.categories).length) body.categories = merged.categories;
  if (merged.glossary && Object.keys(merged.glossary).length) body.glossary = merged.glossary;
  if (merged.vagueTerms?.length) body.vagueTerms = merged.vagueTerms;
  if (merged.phrases?.length) body.phrases = merged.phrases;
  if (merged.weights) body.weights = merged.weights;
  if (Object.keys(sites).length) body.sites = sites;
  return body;
}
