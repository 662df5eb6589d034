// `npm run bench` (CLI part): start-up of the built `clearsend` command for one small file, wall clock from spawn
// to exit, median of RUNS runs, interleaved with bare `node -e 0` (the floor no Node CLI can beat on this machine);
// exits 1 when over the budget.
// The CLI runs through V8's code cache (lib/package/code-cache.ts), kept in a cache folder of its own here:
// warm is every run after the first (the cache an earlier run made), the one held to the budget; cold is a first
// run (after an install, an upgrade or on a fresh CI machine), which compiles everything and writes the cache.
// Run after `npm run build:package`. On a shared machine read the medians and the ratios, not single runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = Number(process.env.RUNS ?? 21);
const CHECK = ['dist/cli.cjs', 'check', 'tests/cli/fyi.txt'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timed(args, cacheHome) {
  const env = cacheHome ? { ...process.env, XDG_CACHE_HOME: cacheHome } : process.env;
  const start = performance.now();
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', env });
  const ms = performance.now() - start;
  if (child.status !== 0) throw new Error(`node ${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  return ms;
}

const work = mkdtempSync(join(tmpdir(), 'clearsend-bench-cli-'));
const warmHome = join(work, 'warm');
const [floor, warm, cold] = [[], [], []];
try {
  timed(CHECK, warmHome);
  for (let i = 0; i < RUNS; i++) {
    floor.push(timed(['-e', '0']));
    warm.push(timed(CHECK, warmHome));
    const coldHome = join(work, `cold-${i}`);
    cold.push(timed(CHECK, coldHome));
    rmSync(coldHome, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
const [w, c, f] = [median(warm), median(cold), median(floor)];
// Issue 13's budget: the whole run <= 150 ms, where node alone takes 78 ms (this machine, quiet). A busy machine
// slows both alike, so there the run is held to the same multiple of node alone instead.
const BUDGET_MS = 150;
const QUIET_NODE_MS = 78;
const within = w <= BUDGET_MS || w / f <= BUDGET_MS / QUIET_NODE_MS;
const figures = (ms) =>
  `${ms.toFixed(0)} ms (${(ms / f).toFixed(2)}x node alone, its own share ${(ms - f).toFixed(0)} ms)`;
console.log(
  `CLI start-up, one small file (medians of ${RUNS}, interleaved): node alone ${f.toFixed(0)} ms\n` +
    `  warm, the code cache an earlier run made: ${figures(w)}\n` +
    `  cold, a first run that compiles all and writes the cache: ${figures(c)}\n` +
    `Budget (warm) ${BUDGET_MS} ms, or ${(BUDGET_MS / QUIET_NODE_MS).toFixed(2)}x node alone where it takes more ` +
    `than its quiet ${QUIET_NODE_MS} ms: ${within ? 'within it' : 'OVER IT'}`,
);
if (!within) process.exitCode = 1;
