import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, importsOf, ROOT, sourceFiles } from '../helpers/import-graph';

// Arrows one way: no module reaches itself through its imports, type-only ones included. A circle, even of
// types alone, means two files hold one idea between them, and the next change to either has to know the other.
const DIRS = ['lib', 'components', 'entrypoints'];

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of DIRS.flatMap((dir) => sourceFiles(dir))) {
    // Only edges inside the folders this test covers: a test helper may import lib freely.
    graph.set(
      file,
      importsOf(file).files.filter((target) => DIRS.some((dir) => target.startsWith(`${dir}/`))),
    );
  }
  return graph;
}

describe('import cycles', () => {
  const graph = importGraph();

  it('finds a circle in a graph that has one, and none in one that has none', () => {
    const circle = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts', 'd.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', []],
    ]);
    expect(findCycles(circle)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
    expect(findCycles(new Map([['self.ts', ['self.ts']]]))).toEqual([['self.ts', 'self.ts']]);
    expect(findCycles(new Map([...circle, ['c.ts', ['d.ts']]]))).toEqual([]);
  });

  it('walks every file, with its type-only imports', () => {
    expect(graph.get('lib/overlay/index.ts')).toContain('lib/overlay/views/overlay-view.tsx');
    // Files whose every relative import is `import type`: a walk that dropped those would see no edge from them,
    // and the check below would pass for the wrong reason.
    const typeOnly = [...graph.keys()].filter((file) => {
      const lines =
        readFileSync(join(ROOT, file), 'utf8').match(/^(?:import|export) .* from '\.[^']*';$/gm) ?? [];
      return lines.length > 0 && lines.every((line) => /^(?:import|export) type /.test(line));
    });
    expect(typeOnly.length).toBeGreaterThan(10);
    for (const file of typeOnly) expect(importsOf(file).files.length, file).toBeGreaterThan(0);
  });

  it('has no import cycle in lib/, components/ or entrypoints/', () => {
    expect(findCycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });
});
