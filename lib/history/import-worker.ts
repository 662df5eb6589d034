// The history import's own thread: a file of a million entries is read, parsed and checked here, and written
// from here, so the report page never waits on a JSON.parse or a week-total pass (issue 15.4).
import type { ImportReport, ImportRequest } from './import-protocol';
import { runImport } from './import-run';
import { openHistory } from './open';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(report: ImportReport): void;
};

scope.onmessage = async (event) => {
  const outcome = await runImport(
    event.data,
    () => openHistory(),
    (progress) => scope.postMessage({ type: 'progress', progress }),
  );
  scope.postMessage(outcome);
};
