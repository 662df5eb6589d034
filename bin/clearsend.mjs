#!/usr/bin/env node
// The `clearsend` command: loads the TypeScript engine through tsx and hands over to lib/cli/main.ts.
import { readFile } from 'node:fs/promises';
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../lib/cli/main.ts', import.meta.url);

const readStdin = async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
};

const code = await main(process.argv.slice(2), {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
  readFile: (path) => readFile(path, 'utf8'),
  readStdin,
});
process.exitCode = code;
