// The `clearsend` command as the package ships it (dist/cli.js): real files, stdin and exit codes around main().
import { readFile } from 'node:fs/promises';
import { main } from '../cli/main';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

process.exitCode = await main(
  process.argv.slice(2),
  {
    out: (s) => process.stdout.write(`${s}\n`),
    err: (s) => process.stderr.write(`${s}\n`),
    readFile: (path) => readFile(path, 'utf8'),
    readStdin,
  },
  { workerFile: new URL('./report-worker.js', import.meta.url) },
);
