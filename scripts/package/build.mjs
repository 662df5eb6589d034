// `npm run build:package`: the engine and the CLI as plain JavaScript in dist/, for `npm pack` and `npx clearsend`.
// One esbuild step bundles each entry with its libraries (compromise, chrono-node, valibot), so the package has no
// runtime dependencies and installs offline; tsc writes the declarations for `import { analyze } from 'clearsend'`.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
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
  // The one asset, dist/compromise-model.json (bake-compromise.mjs): the same file from both builds below.
  assetNames: '[name]',
  // The extension's development build logs a rule that throws; the package is a production build. No env object
  // at all: an object here became a shared module every chunk imported and initialised, one more to load per run.
  define: { 'import.meta.env': 'undefined' },
};
await build({ ...shared, entryPoints: { index: 'lib/package/index.ts' }, outdir: 'dist' });
// Split into chunks: the CLI imports each command, the engine and the glob library only when a run needs them
// (lib/cli/main.ts, check.ts), and the report's worker shares the engine's chunk instead of a copy of it.
await build({
  ...shared,
  entryPoints: { cli: 'lib/package/cli.ts', 'report-worker': 'lib/report/worker.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
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
