import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const copies = new Map<string, string>();

/**
 * The test process loads its own copy of a build, so a rebuild while tests run cannot pull files from under a
 * browser. One copy per build per process keeps the extension id (Chromium derives it from the path) stable
 * across relaunches; it is removed when the process exits.
 */
export function buildCopy(buildDir: string): string {
  const known = copies.get(buildDir);
  if (known) return known;
  const dir = mkdtempSync(join(tmpdir(), 'clearsend-build-'));
  cpSync(buildDir, dir, { recursive: true });
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  copies.set(buildDir, dir);
  return dir;
}
