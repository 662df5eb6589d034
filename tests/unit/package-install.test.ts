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
import { join, resolve } from 'node:path';
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
// The CLI's code cache goes to $XDG_CACHE_HOME/clearsend (lib/package/cache-dir.ts): here, never the user's own.
const CACHE_HOME = join(home, 'cache');

async function sh(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await run(command, args, {
      cwd,
      maxBuffer: 1 << 24,
      env: { ...process.env, XDG_CACHE_HOME: CACHE_HOME, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
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
  // The library; the CLI's script and its two entries (scripts/package/build.mjs); compromise's baked model, one
  // JSON file the engine reads (scripts/package/bake-compromise.mjs). Nothing else ships: no cache.
  expect(info!.files.map((f) => f.path).sort()).toEqual([
    'README.md',
    'dist/cli-script.cjs',
    'dist/cli.cjs',
    'dist/compromise-model.json',
    'dist/index.d.ts',
    'dist/index.js',
    'dist/report-worker.cjs',
    'package.json',
  ]);
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

  it('loads the engine only where it runs: not for --help, not in the main thread of a report on workers', async () => {
    // A preload records each read of compromise's baked model, the first thing the engine does, and the thread.
    const log = join(home, 'model-reads.log');
    const preload = join(home, 'record-model-reads.cjs');
    writeFileSync(
      preload,
      [
        "const fs = require('node:fs');",
        "const { isMainThread } = require('node:worker_threads');",
        'const read = fs.readFileSync;',
        'fs.readFileSync = function (path, ...rest) {',
        "  if (String(path).endsWith('compromise-model.json'))",
        `    fs.appendFileSync(${JSON.stringify(log)}, isMainThread ? 'main ' : 'worker ');`,
        '  return read.call(this, path, ...rest);',
        '};',
      ].join('\n'),
    );
    writeFileSync(join(app, 'engine-export.zip'), slackExport(100));
    mkdirSync(join(app, 'engine-report'));
    copyFileSync(join(ROOT, 'tests/cli/fyi.txt'), join(app, 'engine-fyi.txt'));
    const bin = join(app, 'node_modules/clearsend/dist/cli.cjs');
    const reads = async (args: string[]) => {
      writeFileSync(log, '');
      const ran = await sh(process.execPath, ['--require', preload, bin, ...args], app);
      expect(ran.stderr).toBe('');
      return readFileSync(log, 'utf8').trim();
    };
    expect(await reads(['--help'])).toBe('');
    // Workers inherit --require: the record shows the engine loaded on both workers, and only there.
    const report = ['report', 'engine-export.zip', '--out', 'engine-report', '--jobs', '2'];
    expect(await reads(report)).toBe('worker worker');
    expect(await reads(['check', 'engine-fyi.txt'])).toBe('main');
  });

  it('the code cache: the first run writes it, later runs take it; damaged or unwritable, the output is the same', async () => {
    const drafts = ['chat-mixed', 'email-lists', 'slack-notion'].flatMap((name) =>
      readFileSync(join(ROOT, `data/labelled/${name}.jsonl`), 'utf8')
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { draft: Draft }).draft),
    );
    writeFileSync(join(app, 'labelled.json'), JSON.stringify(drafts));
    const bin = join(app, 'node_modules/clearsend/dist/cli.cjs');
    const cacheHome = join(home, 'cache-test');
    const check = (env: NodeJS.ProcessEnv = {}) =>
      sh(process.execPath, [bin, 'check', '--format', 'json', 'labelled.json'], app, {
        XDG_CACHE_HOME: cacheHome,
        ...env,
      });
    const cacheFiles = () => readdirSync(join(cacheHome, 'clearsend'));

    const cold = await check();
    expect(cold.stderr).toBe('');
    // What the source engine reports for each draft, as the CLI's json format writes it.
    const rows = JSON.parse(cold.stdout) as { score: number; facts: unknown; findings: unknown }[];
    expect(rows.map(({ score, facts, findings }) => ({ score, facts, findings }))).toEqual(
      drafts.map((draft) => {
        const { score, facts, findings } = JSON.parse(JSON.stringify(analyzeSource(draft)));
        return { score, facts, findings };
      }),
    );
    expect(cacheFiles()).toEqual([
      expect.stringMatching(/^cli-[0-9a-f]{16}-v[\d.]+-\w+-[0-9a-f]{8}\.v8cache$/),
    ]);
    const file = join(cacheHome, 'clearsend', cacheFiles()[0]!);
    const made = readFileSync(file);
    expect(made.subarray(0, made.indexOf(10)).toString()).toBe('{"runs":["check"]}');

    // Taken, and left as it was: a cache made by a check is not written again by a check.
    expect(await check()).toEqual(cold);
    expect(readFileSync(file).equals(made)).toBe(true);

    // Damaged past its header (V8 checks its checksum), then not a cache at all: refused, and written anew.
    const damaged = Buffer.from(made);
    for (let i = damaged.length >> 1; i < (damaged.length >> 1) + 256; i++) damaged[i]! ^= 0x5a;
    writeFileSync(file, damaged);
    expect(await check()).toEqual(cold);
    expect(readFileSync(file).equals(damaged)).toBe(false);
    writeFileSync(file, 'not a cache');
    expect(await check()).toEqual(cold);
    expect(readFileSync(file).subarray(0, 18).toString()).toBe('{"runs":["check"]}');
    expect(cacheFiles()).toHaveLength(1);

    // A cache folder that cannot be made (its parent is a file; as root, a read-only folder would still be written).
    writeFileSync(join(home, 'a-file'), '');
    expect(await check({ XDG_CACHE_HOME: join(home, 'a-file') })).toEqual(cold);
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
