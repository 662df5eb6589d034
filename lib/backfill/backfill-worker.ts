// The backfill's own thread: reading an mbox or a Slack export, parsing each mail and running the engine on
// every message happen here, so the report page never waits on them (issue 13.1). It writes to the history
// database itself, one transaction per file.
import { openHistory, toHistoryError } from '../history/open';
import type { BackfillReport, BackfillRequest } from './protocol';
import { importSources, SourceError, StorageFailure } from './run-import';
import { type ScanResult, scanSources } from './scan';
import { chosenTotal } from './senders';
import { type BackfillSource, sourcesOf } from './sources';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<BackfillRequest>) => void) | null;
  postMessage(report: BackfillReport): void;
};

/**
 * Progress goes out at most this often: each is a task on the report page and a frame drawn, and on a busy
 * machine any task may be held past 50 ms (issue 13), so four a second — still a count that visibly moves.
 */
const PROGRESS_EVERY_MS = 250;

let sources: BackfillSource[] = [];
let scan: ScanResult | undefined;
let cancelled = false;

function throttled<A extends unknown[]>(send: (...args: A) => void): (...args: A) => void {
  let last = 0;
  return (...args) => {
    const now = Date.now();
    if (now - last < PROGRESS_EVERY_MS) return;
    last = now;
    send(...args);
  };
}

async function onScan(files: File[]): Promise<void> {
  try {
    sources = await sourcesOf(files);
    scan = await scanSources(
      sources,
      throttled((file, messages) => scope.postMessage({ type: 'scanning', file, messages })),
    );
    scope.postMessage({ type: 'scanned', senders: scan.senders, messages: scan.messages });
  } catch (error) {
    scope.postMessage({ type: 'refused', error: error instanceof Error ? error.message : String(error) });
  }
}

async function onImport(request: Extract<BackfillRequest, { type: 'import' }>): Promise<void> {
  const chosen = new Set(request.authors);
  const total = scan ? chosenTotal(scan.senders, chosen) : 0;
  const started = Date.now();
  const progress = throttled((file: string, done: number) =>
    scope.postMessage({ type: 'progress', file, done, total, elapsedMs: Date.now() - started }),
  );
  try {
    const outcome = await importSources(sources, {
      chosen,
      configs: request.configs,
      timeZone: request.timeZone,
      now: request.now,
      salt: request.salt,
      openDb: () => openHistory(),
      progress,
      cancelled: () => cancelled,
    });
    scope.postMessage({ type: 'finished', outcome });
  } catch (error) {
    if (error instanceof SourceError)
      scope.postMessage({ type: 'finished', outcome: { ...error.outcome, error: error.message } });
    else if (error instanceof StorageFailure)
      scope.postMessage({
        type: 'unsaved',
        problem: toHistoryError(error.failure).problem,
        outcome: error.outcome,
      });
    else throw error;
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'scan') void onScan(request.files);
  else if (request.type === 'import') void onImport(request);
  else cancelled = true;
};
