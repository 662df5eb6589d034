// `npm run bench` (report part): `clearsend report` (the built CLI, all cores) on a generated Slack export of
// MESSAGES messages (default 100,000; 4 channels, 200 messages a day, so about 16 months): throughput in messages per second and peak memory (max RSS of the process,
// worker threads included, from /usr/bin/time); then harper.js linting the same messages' texts in this process
// (one thread, as its LocalLinter runs), for a side-by-side rate. Run after `npm run build:package`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';
import { slackText } from '../lib/exports/slack';
import { slackExport, TEXTS, USERS } from '../tests/fixtures/exports/generate';

const MESSAGES = Number(process.env.MESSAGES ?? 100_000);
/** harper.js lints this many of the same messages (its rate is steady; the whole set would take long). */
const HARPER_SAMPLE = Math.min(MESSAGES, Number(process.env.HARPER_SAMPLE ?? 2_000));
/** A workspace's shape rather than one message a channel a day: day files of 50 messages, weeks of 1,400. */
const CHANNELS = ['general', 'eng', 'design', 'sales'];
const PER_DAY = 200;

const dir = mkdtempSync(join(tmpdir(), 'clearsend-bench-'));
try {
  const zip = join(dir, 'export.zip');
  writeFileSync(zip, slackExport(MESSAGES, CHANNELS, PER_DAY));
  const start = performance.now();
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '%M', process.execPath, 'dist/cli.cjs', 'report', zip, '--out', dir],
    {
      encoding: 'utf8',
    },
  );
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`clearsend report failed: ${run.stderr}`);
  const peakMb = Number(run.stderr.trim().split('\n').pop()) / 1024;

  const names = new Map(USERS.map((u) => [u.id, u.real_name]));
  const linter = new LocalLinter({ binary });
  await linter.setup();
  const harperStart = performance.now();
  for (let i = 0; i < HARPER_SAMPLE; i++) await linter.lint(slackText(TEXTS[i % TEXTS.length]!, names));
  const harperRate = HARPER_SAMPLE / ((performance.now() - harperStart) / 1000);

  const rate = MESSAGES / seconds;
  console.log(
    `clearsend report, ${MESSAGES.toLocaleString('en')} Slack messages: ${rate.toFixed(0)} msg/s ` +
      `(${seconds.toFixed(1)} s on ${availableParallelism()} cores, peak RSS ${peakMb.toFixed(0)} MB, main and ` +
      `worker threads; target <= 300 MB)\n` +
      `harper.js LocalLinter, ${HARPER_SAMPLE.toLocaleString('en')} of the same messages: ${harperRate.toFixed(0)} msg/s; ` +
      `clearsend / harper = ${(rate / harperRate).toFixed(2)}x (goal >= 3x)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
