// A report worker thread's work (dist/report-worker.cjs runs it): scores batches of messages with the engine, one
// batch per message from the pool, so every core runs analyze while the main thread reads the export.
import { parentPort, workerData } from 'node:worker_threads';
import type { ExportedMessage } from '../exports/message';
import { scoreMessage } from './score-message';

/** Answers the pool's batches; `scored` is called after each, once this thread has scored one (a warm engine). */
export function serveBatches(scored: () => void = () => {}): void {
  const { withExamples } = workerData as { withExamples: boolean };
  parentPort!.on('message', (batch: ExportedMessage[]) => {
    parentPort!.postMessage(batch.map((m) => scoreMessage(m, withExamples)));
    scored();
  });
}
