// The npm package as a user gets it: build dist/, `npm pack`, install the tarball into an empty folder with the
// network off, then run the `clearsend` bin through npx and import the library, types checked by tsc.
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze as analyzeSource } from '../../lib/analysis/analyze';
import type { Draft } from '../../lib/analysis/types';
import { slackExport } from '../fixtures/exports/generate';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const home = mkdtempSync(join(tmpdir(), 'clearsend-pack-'));
const app = join(home, 'app');

async function sh(command: string, args: string[], cwd: string) {
  try {
    const { stdout, stderr } = await run(command, args, { cwd, maxBuffer: 1 << 24 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/**
 * The built files a module loads before its first line runs: its static imports and theirs, not what it imports
 * with `import()` later. esbuild's output names each one as `from"./…"` or a bare `import"./…"`.
 */
function staticallyLoaded(file: string, loaded = new Set<string>()): Set<string> {
  if (loaded.has(file)) return loaded;
  loaded.add(file);
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*"(\.[^"]+)"/g))
    staticallyLoaded(resolve(dirname(file), specifier!), loaded);
  return loaded;
}

let tarball = '';
beforeAll(async () => {
  const built = await sh(process.execPath, ['scripts/package/build.mjs'], ROOT);
  expect(built.stderr).toBe('');
  // --ignore-scripts: dist/ was just built, and `prepare` (wxt prepare) would rewrite .wxt under other tests.
  const packed = await sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', home], ROOT);
  expect(packed.code).toBe(0);
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(home, info!.filename);
  // The CLI is split into chunks it imports as a run needs them (the engine, each command), and compromise's baked
  // model is one JSON file the engine reads (scripts/package/bake-compromise.mjs); nothing else ships.
  const files = info!.files.map((f) => f.path).sort();
  expect(files.filter((f) => !f.startsWith('dist/chunks/'))).toEqual([
    'README.md',
    'dist/cli.js',
    'dist/compromise-model.json',
    'dist/index.d.ts',
    'dist/index.js',
    'dist/report-worker.js',
    'package.json',
  ]);
  expect(
    files.filter((f) => f.startsWith('dist/chunks/')).every((f) => /^dist\/chunks\/[\w-]+\.js$/.test(f)),
  ).toBe(true);
  mkdirSync(app);
  const installed = await sh('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], app);
  expect(installed.stderr).not.toMatch(/ERR/);
  expect(installed.code).toBe(0);
}, 240_000);

afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('the packed clearsend package, installed offline in an empty folder', { timeout: 90_000 }, () => {
  it('has no runtime dependencies: everything it needs is bundled in dist/', async () => {
    const { stdout } = await sh('npm', ['ls', '--all', '--parseable'], app);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((p) => p.replace(app, '')),
    ).toEqual(['', '/node_modules/clearsend']);
  });

  it('`npx clearsend check` reads a file: a clean FYI exits 0, a group email without an owner is flagged', async () => {
    copyFileSync(join(ROOT, 'tests/cli/fyi.txt'), join(app, 'fyi.txt'));
    copyFileSync(join(ROOT, 'tests/cli/no-recipients.txt'), join(app, 'no-recipients.txt'));
    const clean = await sh('npx', ['--offline', '--no-install', 'clearsend', 'check', 'fyi.txt'], app);
    expect(clean).toMatchObject({ code: 0, stderr: '' });
    expect(clean.stdout).toContain('no findings');
    const flagged = await sh(
      'npx',
      ['--offline', '--no-install', 'clearsend', 'check', 'no-recipients.txt'],
      app,
    );
    expect(flagged.code).toBe(1);
    expect(flagged.stdout).toContain('no-recipients');
  });

  it("`import { analyze } from 'clearsend'` runs in node and type-checks under nodenext, types not any", async () => {
    writeFileSync(
      join(app, 'use.mts'),
      [
        "import { analyze, type Report } from 'clearsend';",
        "const report: Report = analyze({ text: 'Can someone look at the doc?', site: 'slack', kind: 'channel' });",
        'export const rules: string[] = report.findings.map((f) => f.rule);',
        "// @ts-expect-error 'fax' is not a Site: fails to compile if the types were missing or any",
        "analyze({ text: 'x', site: 'fax' });",
      ].join('\n'),
    );
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const flags = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext'];
    const checked = await sh(process.execPath, [tsc, ...flags, '--skipLibCheck', 'false', 'use.mts'], app);
    expect(checked.stdout + checked.stderr).toBe('');
    const script =
      "import('clearsend').then(({ analyze }) => console.log(analyze({ text: 'Can someone look at the doc?', site: 'slack', kind: 'channel' }).findings.map((f) => f.rule).join(',')))";
    const ran = await sh(process.execPath, ['-e', script], app);
    expect(ran.stdout).toMatch(/unnamed-artifact/);
  });

  it('the bundled engine (compromise model baked at build time) reports exactly what the source engine reports', async () => {
    const bundled = (await import(pathToFileURL(join(app, 'node_modules/clearsend/dist/index.js')).href)) as {
      analyze: typeof analyzeSource;
    };
    const drafts = ['chat-mixed', 'email-lists', 'slack-notion'].flatMap((name) =>
      readFileSync(join(ROOT, `data/labelled/${name}.jsonl`), 'utf8')
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { draft: Draft }).draft),
    );
    expect(drafts.length).toBeGreaterThan(300);
    const differing = drafts.filter(
      (draft) => JSON.stringify(bundled.analyze(draft)) !== JSON.stringify(analyzeSource(draft)),
    );
    expect(differing.map((d) => d.text.slice(0, 60))).toEqual([]);
  });

  it('loads the engine only where it runs: not for --help, not in the main thread of a report on workers', () => {
    const dist = join(app, 'node_modules/clearsend/dist');
    const chunks = readdirSync(join(dist, 'chunks')).map((name) => join(dist, 'chunks', name));
    // The chunk with compromise's baked model (bake-compromise.mjs writes its parts under these names).
    const engine = chunks.filter((file) => readFileSync(file, 'utf8').includes('"one.lexicon"'));
    expect(engine).toHaveLength(1);
    const report = chunks.filter((file) => /[\\/]report-[\w-]+\.js$/.test(file));
    expect(report).toHaveLength(1);
    const atStart = staticallyLoaded(join(dist, 'cli.js'));
    const reportMain = staticallyLoaded(report[0]!, new Set(atStart));
    expect([atStart.has(engine[0]!), reportMain.has(engine[0]!)]).toEqual([false, false]);
    // The walk follows imports (a walk that saw none would pass for the wrong reason): the worker loads the engine.
    expect(staticallyLoaded(join(dist, 'report-worker.js')).has(engine[0]!)).toBe(true);
  });

  it('`npx clearsend report` scores a Slack export on worker threads, the same numbers as on one thread', async () => {
    writeFileSync(join(app, 'export.zip'), slackExport(600));
    mkdirSync(join(app, 'one'));
    mkdirSync(join(app, 'all'));
    const npx = ['--offline', '--no-install', 'clearsend', 'report', 'export.zip', '--out'];
    const one = await sh('npx', [...npx, 'one', '--jobs', '1'], app);
    const all = await sh('npx', [...npx, 'all', '--jobs', '2'], app);
    expect([one.code, all.code, one.stderr + all.stderr]).toEqual([0, 0, '']);
    const read = (d: string) =>
      JSON.parse(readFileSync(join(app, d, 'report.json'), 'utf8')) as { messages: number };
    expect(read('all').messages).toBe(600);
    expect(read('all')).toEqual(read('one'));
  });
});
