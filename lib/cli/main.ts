import type { CliIo } from './io';
import type { ReportEnv } from './report';
import { USAGE } from './usage';

export type { CliIo } from './io';

/**
 * Dispatches a command line to its command; returns the exit code. Each command is imported when it runs, so
 * `--help` and a missing command answer before the engine (most of the start-up) is loaded.
 */
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
  if (command === 'preset' && rest[0] === 'test')
    return (await import('./preset-test')).presetTestCommand(rest.slice(1), io);
  if (command === 'report') return (await import('./report')).reportCommand(rest, io, env);
  const { checkCommand } = await import('./check');
  if (command === 'check') return checkCommand(rest, io);
  // Before subcommands existed the files came first; scripts written then keep working.
  return checkCommand(args, io);
}
