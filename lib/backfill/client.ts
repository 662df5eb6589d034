// Vite bundles the worker with its imports and hands back a constructor (as lib/history/import-file.ts does).

import BackfillWorker from './backfill-worker?worker';
import type { BackfillConfigs, BackfillReport, BackfillRequest } from './protocol';

/** What the page hears from a backfill: the worker's reports, or that the worker itself stopped. */
export type BackfillEvent = BackfillReport | { type: 'crashed' };

/**
 * One backfill from the report page: hand the files over, hear who sent what, start the import for the chosen
 * senders, cancel. The page never reads a file or runs the engine; `close` ends the worker.
 */
export class BackfillClient {
  private readonly worker = new BackfillWorker();

  constructor(onEvent: (event: BackfillEvent) => void) {
    this.worker.onmessage = (event: MessageEvent<BackfillReport>) => onEvent(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      onEvent({ type: 'crashed' });
    };
  }

  private send(request: BackfillRequest): void {
    this.worker.postMessage(request);
  }

  scan(files: File[]): void {
    this.send({ type: 'scan', files });
  }

  import(authors: string[], configs: BackfillConfigs, timeZone: string, salt: string): void {
    this.send({ type: 'import', authors, configs, timeZone, now: Date.now(), salt });
  }

  cancel(): void {
    this.send({ type: 'cancel' });
  }

  close(): void {
    this.worker.terminate();
  }
}
