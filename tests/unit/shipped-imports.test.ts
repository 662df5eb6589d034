import { describe, expect, it } from 'vitest';
import { importsOf, sourceFiles } from '../helpers/import-graph';

// What the extension ships is what its entry points reach through imports. Test helpers, fixtures and test-only
// packages must never be among it: they would ship (happy-dom is megabytes) or fail in a browser.
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

/** Every file and package reachable from the entry points, each with the chain of files that reaches it. */
function reachable(): { files: Map<string, string[]>; packages: Map<string, string[]> } {
  const files = new Map<string, string[]>();
  const packages = new Map<string, string[]>();
  const queue = sourceFiles('entrypoints').map((file) => ({ file, chain: [file] }));
  while (queue.length) {
    const { file, chain } = queue.shift()!;
    if (files.has(file)) continue;
    files.set(file, chain);
    const imports = importsOf(file);
    for (const name of imports.packages) if (!packages.has(name)) packages.set(name, chain);
    for (const target of imports.files) queue.push({ file: target, chain: [...chain, target] });
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
