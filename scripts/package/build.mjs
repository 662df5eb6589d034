// `npm run build:package`: the engine and the CLI as plain JavaScript in dist/, for `npm pack` and `npx clearsend`.
// One esbuild step bundles each entry with its libraries (compromise, chrono-node, valibot), so the package has no
// runtime dependencies and installs offline; tsc writes the declarations for `import { analyze } from 'clearsend'`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';
import { bakeCompromiseModel } from './bake-compromise.mjs';
import { bakeCompromiseTags } from './bake-compromise-tags.mjs';
import { fastCompromiseMerge } from './fast-merge-compromise.mjs';

rmSync('dist', { recursive: true, force: true });
const shared = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.12',
  legalComments: 'eof',
  logLevel: 'warning',
  minify: true,
  plugins: [bakeCompromiseModel, bakeCompromiseTags, fastCompromiseMerge],
  // The one asset, dist/compromise-model.json (bake-compromise.mjs): the same file from the library and the CLI.
  assetNames: '[name]',
  // The extension's development build logs a rule that throws; the package is a production build. No env object
  // at all: an object here became a shared module every chunk imported and initialised, one more to load per run.
  define: { 'import.meta.env': 'undefined' },
};
await build({ ...shared, entryPoints: { index: 'lib/package/index.ts' }, outdir: 'dist' });
// The CLI is one CommonJS script, dist/cli-script.cjs, that its two small entries run through V8's code cache
// (lib/package/code-cache.ts): compiling ES modules from source was a third of a check's start-up (issue 13), and
// Node 20 caches code only for a script run through vm. Nothing is split: the commands, the engine and the report
// worker's scoring are all in it, each module initialised only when a run imports it (esbuild's lazy init
// functions), and V8 compiles only the functions a run calls.
await build({
  ...shared,
  format: 'cjs',
  entryPoints: { 'cli-script': 'lib/package/cli-script.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  define: { ...shared.define, 'import.meta.url': 'importMetaUrl' },
  inject: ['scripts/package/import-meta-url.js'],
});
// The script's build id, in the name of its cache files: V8 tells a cache from another script only by its length.
const scriptId = createHash('sha256').update(readFileSync('dist/cli-script.cjs')).digest('hex').slice(0, 16);
await build({
  ...shared,
  format: 'cjs',
  entryPoints: { cli: 'lib/package/cli.ts', 'report-worker': 'lib/package/report-worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  plugins: [],
  define: { ...shared.define, CLI_SCRIPT_ID: JSON.stringify(scriptId) },
  banner: { js: '#!/usr/bin/env node' },
});
// tsc's declarations mirror the source tree with extensionless imports, which `moduleResolution: nodenext`
// cannot follow; rollup-plugin-dts folds them into one dist/index.d.ts that any resolution mode reads. The types
// the package's own are built from (valibot's, for Preset) are folded in too: the package installs no dependency.
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.package.json'], {
  stdio: 'inherit',
});
const types = await rollup({
  input: '.tmp-package-types/lib/package/index.d.ts',
  plugins: [dts({ respectExternal: true })],
});
await types.write({ file: 'dist/index.d.ts', format: 'es' });
rmSync('.tmp-package-types', { recursive: true, force: true });
