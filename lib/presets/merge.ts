import type { AnalysisConfig } from '../analysis/types';

/**
 * Lays `over` on top of `base`: a rule setting merges field by field (so a site can change a rule's severity
 * and keep the preset's threshold), glossary entries add up, and lists add up without repeats.
 */
export function mergeConfig(base: AnalysisConfig, over: AnalysisConfig): AnalysisConfig {
  const out: AnalysisConfig = structuredClone(base);
  for (const [id, setting] of Object.entries(over.rules ?? {})) {
    const prev = out.rules?.[id] ?? {};
    const options = prev.options || setting.options ? { ...prev.options, ...setting.options } : undefined;
    out.rules = { ...out.rules, [id]: { ...prev, ...setting, ...(options ? { options } : {}) } };
  }
  if (over.categories) out.categories = { ...out.categories, ...over.categories };
  if (over.weights) {
    const categories = { ...out.weights?.categories, ...over.weights.categories };
    out.weights = { ...out.weights, ...over.weights };
    if (Object.keys(categories).length) out.weights.categories = categories;
  }
  if (over.glossary) out.glossary = { ...out.glossary, ...over.glossary };
  if (over.vagueTerms) out.vagueTerms = [...new Set([...(out.vagueTerms ?? []), ...over.vagueTerms])];
  if (over.phrases) {
    const byId = new Map((out.phrases ?? []).map((p) => [p.id, p]));
    for (const phrase of over.phrases) byId.set(phrase.id, { ...phrase });
    out.phrases = [...byId.values()];
  }
  if (over.timezone) out.timezone = over.timezone;
  return out;
}

export function mergeAll(layers: AnalysisConfig[]): AnalysisConfig {
  return layers.reduce(mergeConfig, {});
}
