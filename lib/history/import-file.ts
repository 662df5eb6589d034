// Vite bundles the worker with its imports and hands back a constructor (WXT rewrites import.meta.url, so
// `new Worker(new URL(…, import.meta.url))` would point at the page, not the worker).

import type { ImportOutcome, ImportProgress, ImportReport, ImportRequest } from './import-protocol';
import ImportWorker from './import-worker?worker';

/**
 * Imports a history export file in a worker: the page only passes the file on and hears back progress and
 * the outcome. A worker that fails to start or crashes changes nothing (the write is one transaction).
 */
export function importHistoryFile(
  file: Blob,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportOutcome> {
  return new Promise((resolve) => {
    const worker = new ImportWorker();
    const finish = (outcome: ImportOutcome) => {
      worker.terminate();
      resolve(outcome);
    };
    worker.onmessage = (event: MessageEvent<ImportReport>) => {
      const report = event.data;
      if (report.type === 'progress') onProgress(report.progress);
      else finish(report);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish({ type: 'unsaved', problem: 'unavailable' });
    };
    worker.postMessage({ file, now: Date.now() } satisfies ImportRequest);
  });
}
