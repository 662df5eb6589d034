import { ruleName } from '../analysis/rule-text';
import { LEVEL_WORD } from '../analysis/severity-word';
import type { RuleSetting } from '../analysis/types';
import { normalizeRules } from './to-config';
import type { PresetBody } from './types';

/** One line per change, in plain words, rules by the names the cards use: `No deadline: default → Problem`. */
export function diffPresets(before: PresetBody | undefined, after: PresetBody): string[] {
  const a = before ?? {};
  const lines = [
    ...diffRules('', normalizeRules(a.rules), normalizeRules(after.rules)),
    ...diffMap('category ', levelWords(a.categories), levelWords(after.categories)),
  ];
  const siteKeys = new Set([...Object.keys(a.sites ?? {}), ...Object.keys(after.sites ?? {})]);
  for (const key of [...siteKeys].sort()) {
    const from = a.sites?.[key as keyof typeof a.sites];
    const to = after.sites?.[key as keyof typeof after.sites];
    lines.push(...diffRules(`on ${key}: `, normalizeRules(from?.rules), normalizeRules(to?.rules)));
    lines.push(...diffMap(`on ${key}: category `, levelWords(from?.categories), levelWords(to?.categories)));
  }
  lines.push(...diffMap('glossary ', a.glossary ?? {}, after.glossary ?? {}, '(none)'));
  lines.push(...diffList('vague term', a.vagueTerms ?? [], after.vagueTerms ?? []));
  lines.push(
    ...diffList(
      'phrase rule',
      (a.phrases ?? []).map((p) => p.id),
      (after.phrases ?? []).map((p) => p.id),
    ),
  );
  if (JSON.stringify(a.weights ?? {}) !== JSON.stringify(after.weights ?? {}))
    lines.push('score weights changed');
  return lines;
}

const levelWords = (levels: Partial<Record<string, keyof typeof LEVEL_WORD>> | undefined) =>
  Object.fromEntries(
    Object.entries(levels ?? {}).map(([key, level]) => [key, level ? LEVEL_WORD[level] : 'default']),
  );

function describe(setting: RuleSetting | undefined): string {
  if (!setting) return 'default';
  const options = Object.entries(setting.options ?? {}).map(([k, v]) => `${k} ${JSON.stringify(v)}`);
  return [setting.severity ? LEVEL_WORD[setting.severity] : 'default', ...options].join(', ');
}

function diffRules(prefix: string, a: Record<string, RuleSetting>, b: Record<string, RuleSetting>): string[] {
  const ids = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return ids
    .filter((id) => describe(a[id]) !== describe(b[id]))
    .map((id) => `${prefix}${ruleName(id)}: ${describe(a[id])} → ${describe(b[id])}`);
}

function diffMap(
  prefix: string,
  a: Record<string, string>,
  b: Record<string, string>,
  absent = 'default',
): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.filter((k) => a[k] !== b[k]).map((k) => `${prefix}${k}: ${a[k] ?? absent} → ${b[k] ?? absent}`);
}

function diffList(label: string, a: string[], b: string[]): string[] {
  return [
    ...b.filter((x) => !a.includes(x)).map((x) => `${label} added: ${x}`),
    ...a.filter((x) => !b.includes(x)).map((x) => `${label} removed: ${x}`),
  ];
}
