import { readFile } from 'node:fs/promises';
import { main } from './main';

/** Runs the CLI in-process with real files and captured output, as the command-line tests need. */
export async function runCli(args: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    readFile: (p) => readFile(p, 'utf8'),
    readStdin: async () => stdin,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
