// A report's worker thread as the package ships it (dist/report-worker.cjs): the CLI's script through the code
// cache, as dist/cli.cjs runs it, with a cache of its own (a thread's cache holds what that thread compiled),
// written once the thread has scored its first batch. The main thread has set V8's flags (they are the process's).
import { join } from 'node:path';
import { cacheDir } from './cache-dir';
import { loadScript } from './code-cache';

declare const CLI_SCRIPT_ID: string;

const worker = loadScript<typeof import('./cli-script')>(join(__dirname, 'cli-script.cjs'), {
  dir: cacheDir(),
  name: 'report-worker',
  id: CLI_SCRIPT_ID,
});
let saved = false;
void worker.exports.serveBatches(() => {
  if (saved) return;
  saved = true;
  worker.save('score');
});
