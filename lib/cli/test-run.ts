import { readFile } from 'node:fs/promises';
import { main } from './main';

// The CLI imports the engine when a check first runs (main.ts, check.ts). Loading it with this helper keeps that
// one-time import, seconds through vitest's transform on a busy machine, out of the first test's time limit.
await import('../analysis/analyze');

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
