import { analyze as engineAnalyze } from '../analysis/analyze';
import type { AnalysisConfig, Category, Draft, Report } from '../analysis/types';
import { presetConfigFor } from './to-config';
import type { Preset, PresetExample } from './types';

export type Analyze = (draft: Draft, config?: AnalysisConfig) => Report;

export interface ExampleResult {
  index: number;
  text: string;
  passed: boolean;
  /** What went wrong, in plain words (empty when it passed). */
  problems: string[];
  found: { rules: string[]; categories: Category[] };
}

// Examples resolve relative dates against a fixed moment, so a preset's verdict does not change with the clock.
const EXAMPLE_NOW = '2025-03-03T09:00:00Z';

/** Runs each example through the engine with the preset's own settings and compares with what it expects. */
export function runPresetExamples(
  preset: Preset,
  analyze: Analyze = engineAnalyze,
): { passed: boolean; results: ExampleResult[] } {
  const results = (preset.examples ?? []).map((example, index) =>
    runExample(preset, example, index, analyze),
  );
  return { passed: results.every((r) => r.passed), results };
}

function runExample(preset: Preset, example: PresetExample, index: number, analyze: Analyze): ExampleResult {
  const draft: Draft = { site: 'text', now: EXAMPLE_NOW, ...example.draft, text: example.text };
  const config = presetConfigFor(preset, draft.site, draft.kind);
  let findings: Report['findings'];
  try {
    findings = analyze(draft, config).findings;
  } catch (error) {
    // Never let a preset's own example break the import: it is a failed example with its reason.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      index,
      text: example.text,
      passed: false,
      problems: [`the check itself failed (${reason})`],
      found: { rules: [], categories: [] },
    };
  }
  const rules = [...new Set(findings.map((f) => f.rule))];
  const categories = [...new Set(findings.map((f) => f.category))];
  const problems: string[] = [];
  const { expect } = example;
  if (expect.none && findings.length) problems.push(`expected no findings, got ${rules.join(', ')}`);
  for (const rule of expect.rules ?? [])
    if (!rules.includes(rule)) problems.push(`expected rule ${rule}, not found`);
  for (const category of expect.categories ?? [])
    if (!categories.includes(category)) problems.push(`expected a ${category} finding, none found`);
  return { index, text: example.text, passed: problems.length === 0, problems, found: { rules, categories } };
}

/**
 * The preset with only the examples that still hold. A user's own changes can make one of the original
 * examples wrong (a rule it expects is now off); an exported preset must still pass its own examples.
 */
export function keepPassingExamples(preset: Preset, analyze: Analyze = engineAnalyze): Preset {
  const { results } = runPresetExamples(preset, analyze);
  const examples = (preset.examples ?? []).filter((_, index) => results[index]?.passed);
  const { examples: _all, ...rest } = preset;
  return examples.length ? { ...rest, examples } : rest;
}
