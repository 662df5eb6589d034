import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// What the extension ships is what its entry points reach through imports. Test helpers, fixtures and test-only
// packages must never be among it: they would ship (happy-dom is megabytes) or fail in a browser.
const ROOT = resolve(import.meta.dirname, '../..');
const TEST_ONLY_PACKAGES = [
  'happy-dom',
  'vitest',
  'fake-indexeddb',
  'fast-check',
  'playwright-core',
  'puppeteer-core',
  'axe-core',
  'wxt/testing',
];
const isTestOnlyFile = (file: string) =>
  /^tests\//.test(file) ||
  /\.(?:test|bench|e2e)\.tsx?$/.test(file) ||
  /(?:^|\/)(?:testing|test-helpers)(?:\.tsx?|\/)/.test(file);

function entryPoints(dir = join(ROOT, 'entrypoints')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return entryPoints(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  // Vite's query imports ("./import-worker?worker") name a module like any other; the query says how to bundle it.
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/** Every file and package reachable from the entry points, each with the chain of files that reaches it. */
function reachable(): { files: Map<string, string[]>; packages: Map<string, string[]> } {
  const files = new Map<string, string[]>();
  const packages = new Map<string, string[]>();
  const queue = entryPoints().map((file) => ({ file, chain: [relative(ROOT, file)] }));
  while (queue.length) {
    const { file, chain } = queue.shift()!;
    const name = relative(ROOT, file);
    if (files.has(name)) continue;
    files.set(name, chain);
    if (!/\.tsx?$/.test(file)) continue;
    for (const { fileName: specifier } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
      .importedFiles) {
      if (!specifier.startsWith('.')) {
        if (!packages.has(specifier)) packages.set(specifier, chain);
        continue;
      }
      const target = resolveImport(file, specifier);
      if (!target) throw new Error(`${name}: cannot resolve "${specifier}"`);
      queue.push({ file: target, chain: [...chain, relative(ROOT, target)] });
    }
  }
  return { files, packages };
}

describe('what the extension ships', () => {
  const { files, packages } = reachable();

  it('reaches the code it runs', () => {
    // A walk that found nothing would pass the checks below for the wrong reason.
    expect(files.has('lib/analysis/analyze.ts')).toBe(true);
    expect(files.has('lib/overlay/index.ts')).toBe(true);
    expect(packages.has('compromise/two')).toBe(true);
  });

  it('reaches no test helper, fixture or test file from any entry point', () => {
    const leaks = [...files].filter(([file]) => isTestOnlyFile(file)).map(([, chain]) => chain.join(' → '));
    expect(leaks).toEqual([]);
  });

  it('imports no test-only package', () => {
    const leaks = [...packages]
      .filter(([name]) => TEST_ONLY_PACKAGES.some((p) => name === p || name.startsWith(`${p}/`)))
      .map(([name, chain]) => `${chain.join(' → ')} → ${name}`);
    expect(leaks).toEqual([]);
  });
});
