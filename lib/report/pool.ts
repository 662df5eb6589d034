import { Worker } from 'node:worker_threads';
import type { ExportedMessage } from '../exports/message';
import type { MessageScore } from './score-message';

export interface Scorer {
  /** Queues a batch; resolves once there is room for another (not when it is scored), for back-pressure. */
  submit(batch: ExportedMessage[]): Promise<void>;
  /** Resolves when every batch submitted has been scored. */
  drain(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Each worker's V8 heap, capped. The engine keeps ~25 MB live (its model and caches; a 1 MB message does not add
 * to it, the engine caps what it reads), but left alone V8 lets a busy worker's heap grow to ~90 MB of mostly
 * garbage before it collects, and with a worker per core that made a 100,000-message report peak at 430 MB
 * (issue 13: <= 300 MB). A smaller young generation and a cap on the old one make it collect sooner.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 96 };

/** Scores batches on `threads` worker threads (the built worker file), at most two batches in flight per thread. */
export function workerScorer(
  workerFile: URL,
  threads: number,
  withExamples: boolean,
  onScores: (scores: MessageScore[]) => void,
): Scorer {
  const idle: Worker[] = [];
  const queue: ExportedMessage[][] = [];
  const waiting: (() => void)[] = [];
  let inFlight = 0;
  let failure: Error | undefined;
  const drained: (() => void)[] = [];
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(workerFile, { workerData: { withExamples }, resourceLimits: WORKER_HEAP });
    worker.on('message', (scores: MessageScore[]) => {
      onScores(scores);
      inFlight--;
      idle.push(worker);
      pump();
      waiting.shift()?.();
      if (inFlight === 0 && queue.length === 0) for (const d of drained.splice(0)) d();
    });
    worker.on('error', (error) => {
      failure ??= error;
      for (const w of waiting.splice(0)) w();
      for (const d of drained.splice(0)) d();
    });
    idle.push(worker);
    return worker;
  });
  const pump = () => {
    while (idle.length && queue.length) {
      inFlight++;
      idle.pop()!.postMessage(queue.shift()!);
    }
  };
  return {
    async submit(batch) {
      if (failure) throw failure;
      queue.push(batch);
      pump();
      while (queue.length > threads && !failure) await new Promise<void>((r) => waiting.push(r));
      if (failure) throw failure;
    },
    async drain() {
      while ((queue.length || inFlight) && !failure) {
        pump();
        await new Promise<void>((r) => drained.push(r));
      }
      if (failure) throw failure;
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * The same contract on the calling thread: for tests and for --jobs 1. The engine is imported here, not at the top
 * of the module: with worker threads the main thread only reads and tallies, and a copy of the engine there would
 * cost memory for nothing (issue 13: report peak memory <= 300 MB).
 */
export async function inlineScorer(
  withExamples: boolean,
  onScores: (scores: MessageScore[]) => void,
): Promise<Scorer> {
  const { scoreMessage } = await import('./score-message');
  return {
    async submit(batch) {
      onScores(batch.map((m) => scoreMessage(m, withExamples)));
    },
    async drain() {},
    async close() {},
  };
}
