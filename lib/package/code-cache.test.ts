import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Each load runs in a process of its own, as each CLI run does: within one process V8's in-memory compilation
// cache answers a second compile of the same source before the code cache is even read (a damaged one included).
const work = mkdtempSync(join(tmpdir(), 'clearsend-code-cache-'));
const loader = join(work, 'code-cache.cjs');
const driver = join(work, 'driver.cjs');
const script = join(work, 'script.cjs');

/** A script whose work() V8 compiles only when called: many small functions, so what a run compiled shows. */
const scriptSource = (tag: string) =>
  [
    `exports.tag = ${JSON.stringify(tag)};`,
    ...Array.from({ length: 200 }, (_, i) => `function part${i}(n) { return (n * ${i + 1}) % 97; }`),
    'exports.work = (n) => {',
    '  let sum = 0;',
    ...Array.from({ length: 200 }, (_, i) => `  sum += part${i}(n);`),
    "  return exports.tag + ':' + sum;",
    '};',
  ].join('\n');

interface Run {
  state: string;
  saved: boolean;
  result: string | null;
}

/** One process: loads the script with the cache in `dir`, calls work() unless told not to, saves as `run`. */
function load(dir: string | undefined, run = 'check', callWork = true): Run {
  const out = execFileSync(process.execPath, [driver, script, dir ?? '', run, callWork ? '1' : '0'], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as Run;
}

const cacheFile = (dir: string) => {
  const files = readdirSync(dir).filter((f) => f.startsWith('test-'));
  expect(files).toHaveLength(1);
  return join(dir, files[0]!);
};
let dirs = 0;
const freshDir = () => join(work, `cache-${dirs++}`);

beforeAll(() => {
  buildSync({
    entryPoints: ['lib/package/code-cache.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: loader,
  });
  writeFileSync(
    driver,
    [
      `const { loadScript } = require(${JSON.stringify(loader)});`,
      'const [file, dir, run, callWork] = process.argv.slice(2);',
      "const loaded = loadScript(file, { dir: dir || undefined, name: 'test', id: 'build1' });",
      "const result = callWork === '1' ? loaded.exports.work(3) : null;",
      'const saved = loaded.save(run);',
      'process.stdout.write(JSON.stringify({ state: loaded.state, saved, result }));',
    ].join('\n'),
  );
  writeFileSync(script, scriptSource('one'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Every test starts node a few times (up to 11): seconds on a loaded machine.
describe('loadScript: a CommonJS script through V8’s code cache', { timeout: 60_000 }, () => {
  let expected: string | null = null;
  beforeAll(() => {
    expected = load(undefined).result;
  });

  it('runs the script without a cache folder, and writes nothing', () => {
    expect(expected).toMatch(/^one:\d+$/);
    expect(load(undefined)).toEqual({ state: 'off', saved: false, result: expected });
  });

  it('misses, writes the cache after the run, then takes it and leaves it as it is', () => {
    const dir = freshDir();
    expect(load(dir)).toEqual({ state: 'miss', saved: true, result: expected });
    const made = readFileSync(cacheFile(dir));
    expect(made.subarray(0, made.indexOf(10)).toString()).toBe('{"runs":["check"]}');
    expect(load(dir)).toEqual({ state: 'hit', saved: false, result: expected });
    expect(readFileSync(cacheFile(dir)).equals(made)).toBe(true);
  });

  it('holds what the run compiled: made after work() ran, the cache is larger than one made before', () => {
    const [before, after] = [freshDir(), freshDir()];
    load(before, 'check', false);
    load(after, 'check', true);
    const size = (dir: string) => readFileSync(cacheFile(dir)).length;
    expect(size(after)).toBeGreaterThan(size(before) + 5_000);
  });

  it('writes a cache taken again when this kind of run is not among the runs that made it', () => {
    const dir = freshDir();
    load(dir, 'help', false);
    expect(load(dir, 'check')).toEqual({ state: 'hit', saved: true, result: expected });
    const header = (f: Buffer) => f.subarray(0, f.indexOf(10)).toString();
    expect(header(readFileSync(cacheFile(dir)))).toBe('{"runs":["help","check"]}');
    expect(load(dir, 'help')).toMatchObject({ state: 'hit', saved: false });
  });

  it('refuses a cache V8 rejects (another script under the same build id), runs the new script and rewrites it', () => {
    const dir = freshDir();
    load(dir);
    writeFileSync(script, scriptSource('another, longer'));
    try {
      const fresh = load(dir);
      expect(fresh).toEqual({
        state: 'rejected',
        saved: true,
        result: expect.stringMatching(/^another, longer:/),
      });
      expect(load(dir)).toMatchObject({ state: 'hit', result: fresh.result });
    } finally {
      writeFileSync(script, scriptSource('one'));
    }
  });

  it('refuses a damaged cache (bytes past the header, a cut file, no header, a header not JSON or not runs) and rewrites it', () => {
    const dir = freshDir();
    load(dir);
    const file = cacheFile(dir);
    const made = readFileSync(file);
    const flipped = Buffer.from(made);
    for (let i = made.length >> 1; i < (made.length >> 1) + 64; i++) flipped[i]! ^= 0xff;
    for (const damaged of [
      flipped,
      made.subarray(0, made.length >> 1),
      made.subarray(made.indexOf(10) + 1),
      Buffer.concat([Buffer.from('{"runs":\n'), made.subarray(made.indexOf(10) + 1)]),
      Buffer.concat([Buffer.from('{"runs":7}\n'), made.subarray(made.indexOf(10) + 1)]),
    ]) {
      writeFileSync(file, damaged);
      expect(load(dir)).toEqual({ state: 'rejected', saved: true, result: expected });
      expect(load(dir)).toMatchObject({ state: 'hit', saved: false });
    }
  });

  it('runs the same where the cache folder cannot be made, and reports nothing written', () => {
    const parent = join(work, 'a-file');
    writeFileSync(parent, '');
    expect(load(join(parent, 'cache'))).toEqual({ state: 'miss', saved: false, result: expected });
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it("removes other builds' caches of the same name when it writes, and keeps other names'", () => {
    const dir = freshDir();
    mkdirSync(dir);
    writeFileSync(join(dir, 'test-build0-v20.0.0-x64-00000000.v8cache'), 'old build');
    writeFileSync(join(dir, 'other-build0-v20.0.0-x64-00000000.v8cache'), 'another role');
    load(dir);
    expect(readdirSync(dir).sort()).toEqual([
      'other-build0-v20.0.0-x64-00000000.v8cache',
      expect.stringMatching(/^test-build1-v[\d.]+-\w+-[0-9a-f]{8}\.v8cache$/),
    ]);
  });
});
