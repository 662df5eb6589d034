// The `clearsend` command as the package ships it (dist/cli.cjs): sets V8's flags, then runs the CLI's script
// (dist/cli-script.cjs) through V8's code cache and writes the cache after the run (code-cache.ts, issue 13).
// CommonJS: an ES module entry makes Node load its ES module loader first, ~5 ms of every run.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { cacheDir } from './cache-dir';
import { loadScript } from './code-cache';

/** The script's build id, its hash (scripts/package/build.mjs). */
declare const CLI_SCRIPT_ID: string;

// V8 runs a regular expression in its interpreter once, then compiles it to machine code. The engine's few hundred
// patterns (many case-insensitive, over Unicode classes) each run a handful of times in a check of one small file,
// so that compiling was a quarter of its first analysis (issue 13), and one of chrono's patterns alone takes
// ~250 ms to compile, the first time a message holds a number. Compiled after 100 runs instead, a pattern a run
// uses often (a report's millions) is still machine code; the same matches either way. Set before the engine
// loads: a pattern keeps the count it was made with. Worker threads share the process's flags.
// The interpreter's bytecode is then what most patterns run, and V8's peephole pass over it took a third of the
// first analysis again; without it the bytecode is made at once (machine code is not affected).
// Node's own modules ship compiled, and V8 takes that code only under the flags it was compiled with: what every
// command loads anyway is loaded before the flags change (~3 ms), the standard streams (net, for a pipe) and
// util's parseArgs (a lazy export, loaded when first read).
void [process.stdout, process.stderr, parseArgs];
setFlagsFromString('--regexp-tier-up-ticks=100');
setFlagsFromString('--no-regexp-peephole-optimization');

const args = process.argv.slice(2);
const cli = loadScript<typeof import('./cli-script')>(join(__dirname, 'cli-script.cjs'), {
  dir: cacheDir(),
  name: 'cli',
  id: CLI_SCRIPT_ID,
});
cli.exports.runCli(args).then((code) => {
  process.exitCode = code;
  cli.save(cli.exports.commandOf(args));
});
