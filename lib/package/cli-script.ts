// The CLI as one CommonJS script (dist/cli-script.cjs), which dist/cli.cjs and dist/report-worker.cjs run through
// V8's code cache (code-cache.ts). Everything a command needs is bundled in it; a command's modules are still only
// initialised when it runs (esbuild keeps each dynamically imported module behind its own init function).
import { readFile } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { commandOf, main } from '../cli/main';

export { commandOf };

/** A report worker thread's work; imported when called, as the main thread must not initialise the engine. */
export async function serveBatches(scored: () => void): Promise<void> {
  (await import('../report/worker')).serveBatches(scored);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `clearsend ARGS…` on the real process: files, stdin, stdout and stderr; resolves to the exit code. */
export function runCli(args: string[]): Promise<number> {
  return main(
    args,
    {
      out: (s) => process.stdout.write(`${s}\n`),
      err: (s) => process.stderr.write(`${s}\n`),
      // fs's callback API: fs/promises would load ~20 more of Node's modules on every check (issue 13).
      readFile: (path) =>
        new Promise((resolve, reject) =>
          readFile(path, 'utf8', (error, text) => (error ? reject(error) : resolve(text))),
        ),
      readStdin,
    },
    { workerFile: pathToFileURL(join(__dirname, 'report-worker.cjs')) },
  );
}
