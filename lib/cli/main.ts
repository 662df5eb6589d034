import { CHECK_USAGE, checkCommand } from './check';
import type { CliIo } from './io';
import { presetTestCommand } from './preset-test';
import { REPORT_USAGE, type ReportEnv, reportCommand } from './report';

export type { CliIo } from './io';

const USAGE = `${CHECK_USAGE}\n${REPORT_USAGE}\n       clearsend preset test FILE\n(clearsend FILE... is short for clearsend check FILE...)`;

/** Dispatches a command line to its command; returns the exit code. */
export async function main(args: string[], io: CliIo, env: ReportEnv = {}): Promise<number> {
  const [command, ...rest] = args;
  if (args.includes('--help') || args.includes('-h') || command === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (command === undefined) {
    io.err(`clearsend: no command or input files\n${USAGE}`);
    return 2;
  }
  if (command === 'preset' && rest[0] === 'test') return presetTestCommand(rest.slice(1), io);
  if (command === 'check') return checkCommand(rest, io);
  if (command === 'report') return reportCommand(rest, io, env);
  // Before subcommands existed the files came first; scripts written then keep working.
  return checkCommand(args, io);
}
