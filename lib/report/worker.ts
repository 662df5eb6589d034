// A report worker thread (dist/report-worker.js): scores batches of messages with the engine, one batch per
// message from the pool, so every core runs analyze while the main thread reads the export.
import { parentPort, workerData } from 'node:worker_threads';
import type { ExportedMessage } from '../exports/message';
import { scoreMessage } from './score-message';

const { withExamples } = workerData as { withExamples: boolean };
parentPort!.on('message', (batch: ExportedMessage[]) => {
  parentPort!.postMessage(batch.map((m) => scoreMessage(m, withExamples)));
});
