import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** The repository's root; every file name below is relative to it ('lib/overlay/index.ts'). */
export const ROOT = resolve(import.meta.dirname, '../..');

/** The TypeScript files below `dir` (relative to ROOT), at any depth. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  // Vite's query imports ("./import-worker?worker") name a module like any other; the query says how to bundle it.
  const base = resolve(ROOT, dirname(from), specifier.replace(/\?.*$/, ''));
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ])
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(ROOT, candidate);
  return null;
}

/**
 * What one file imports: the repository files (relative to ROOT) and the packages. Type-only imports and
 * re-exports count: TypeScript's pre-processor reads every `import`, `import type` and `export … from`.
 */
export function importsOf(file: string): { files: string[]; packages: string[] } {
  const files: string[] = [];
  const packages: string[] = [];
  if (!/\.tsx?$/.test(file)) return { files, packages };
  const { importedFiles } = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
  for (const { fileName: specifier } of importedFiles) {
    if (!specifier.startsWith('.')) {
      packages.push(specifier);
      continue;
    }
    const target = resolveImport(file, specifier);
    if (!target) throw new Error(`${file}: cannot resolve "${specifier}"`);
    files.push(target);
  }
  return { files, packages };
}

/** One circle per back edge a depth-first walk meets, each written from its first file back to it. */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (file: string) => {
    onPath.push(file);
    for (const next of graph.get(file) ?? []) {
      const at = onPath.indexOf(next);
      if (at >= 0) cycles.push([...onPath.slice(at), next]);
      else if (!done.has(next)) visit(next);
    }
    onPath.pop();
    done.add(file);
  };
  for (const file of [...graph.keys()].sort()) if (!done.has(file)) visit(file);
  return cycles;
}
