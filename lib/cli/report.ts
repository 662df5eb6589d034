import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { ExportedMessage } from '../exports/message';
import { ReportAggregate } from '../report/aggregate';
import { reportHtml } from '../report/html';
import { inlineScorer, type Scorer, workerScorer } from '../report/pool';
import { readerFor } from '../report/read-input';
import { readArgs } from './args';
import type { CliIo } from './io';
import { REPORT_USAGE } from './usage';

const BATCH = 200;

/** Where the built worker lives (dist/report-worker.cjs, beside dist/cli.cjs); absent when run from source. */
export interface ReportEnv {
  workerFile?: URL;
}

/**
 * `clearsend report EXPORT...`: reads each export as a stream, scores every message on all cores and writes
 * report.json and a self-contained report.html to --out (default: the current folder). Exit 0, or 2 on bad input
 * (one line naming the file) with nothing written.
 */
export async function reportCommand(args: string[], io: CliIo, env: ReportEnv = {}): Promise<number> {
  const parsed = readArgs(args, {
    out: { type: 'string', default: '.' },
    'by-author': { type: 'boolean', default: false },
    'show-examples': { type: 'boolean', default: false },
    jobs: { type: 'string' },
  });
  const fail = (reason: string) => {
    io.err(`clearsend: ${reason}\n${REPORT_USAGE}`);
    return 2;
  };
  if (typeof parsed === 'string') return fail(parsed);
  const { values, positionals } = parsed;
  if (positionals.length === 0) return fail('no exports given');
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
    return fail(`--jobs: "${values.jobs}" is not a whole number from 1 to 64`);
  const withExamples = values['show-examples'] ?? false;
  const aggregate = new ReportAggregate(values['by-author'] ?? false);
  const onScores = (scores: Parameters<ReportAggregate['add']>[0][]) => {
    for (const s of scores) aggregate.add(s);
  };
  const scorer: Scorer =
    env.workerFile && jobs > 1
      ? workerScorer(env.workerFile, jobs, withExamples, onScores)
      : await inlineScorer(withExamples, onScores);
  try {
    for (const input of positionals) {
      let batch: ExportedMessage[] = [];
      try {
        for await (const message of await readerFor(input)) {
          if (!message) {
            aggregate.skipped++;
            continue;
          }
          batch.push(message);
          if (batch.length === BATCH) {
            await scorer.submit(batch);
            batch = [];
          }
        }
        if (batch.length) await scorer.submit(batch);
      } catch (error) {
        // A system error (ENOENT, EACCES) names its code; a format error says what is wrong with the file.
        const e = error as { code?: unknown; message?: string };
        io.err(
          `${input}: ${typeof e.code === 'string' ? `cannot read (${e.code})` : (e.message ?? String(error))}`,
        );
        return 2;
      }
    }
    await scorer.drain();
  } finally {
    await scorer.close();
  }
  const json = aggregate.toJson(withExamples);
  const out = values.out ?? '.';
  await writeFile(join(out, 'report.json'), `${JSON.stringify(json, null, 2)}\n`);
  await writeFile(join(out, 'report.html'), reportHtml(json));
  const span = json.from ? ` from ${json.from.slice(0, 10)} to ${json.to!.slice(0, 10)}` : '';
  io.out(
    `${join(out, 'report.html')} and report.json: ${json.messages} messages${span} in ${json.sources.length} channels or mailboxes; ${json.skipped} skipped`,
  );
  return 0;
}
