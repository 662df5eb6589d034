import type { CliIo } from './io';
import type { ReportEnv } from './report';
import { USAGE } from './usage';

export type { CliIo } from './io';

/** The command a command line runs: `main` dispatches on it, and dist/cli.cjs names its code cache's runs by it. */
export type Command = 'help' | 'no-command' | 'preset-test' | 'report' | 'check';

export function commandOf(args: readonly string[]): Command {
  const [command, ...rest] = args;
  if (args.includes('--help') || args.includes('-h') || command === 'help') return 'help';
  if (command === undefined) return 'no-command';
  if (command === 'preset' && rest[0] === 'test') return 'preset-test';
  if (command === 'report') return 'report';
  return 'check';
}

/**
 * Dispatches a command line to its command; returns the exit code. Each command is imported when it runs, so
 * `--help` and a missing command answer before the engine (most of the start-up) is loaded.
 */
export async function main(args: string[], io: CliIo, env: ReportEnv = {}): Promise<number> {
  const rest = args.slice(1);
  switch (commandOf(args)) {
    case 'help':
      io.out(USAGE);
      return 0;
    case 'no-command':
      io.err(`clearsend: no command or input files\n${USAGE}`);
      return 2;
    case 'preset-test':
      return (await import('./preset-test')).presetTestCommand(rest.slice(1), io);
    case 'report':
      return (await import('./report')).reportCommand(rest, io, env);
    case 'check': {
      const { checkCommand } = await import('./check');
      // Before subcommands existed the files came first; scripts written then keep working.
      return checkCommand(args[0] === 'check' ? rest : args, io);
    }
  }
}
