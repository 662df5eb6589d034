import { type ParseArgsConfig, parseArgs } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util's parseArgs, with its thrown TypeError turned into the one-line reason the CLI prints (exit 2). */
export function readArgs<const O extends Options>(
  args: string[],
  options: O,
):
  | {
      values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>['values'];
      positionals: string[];
    }
  | string {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    // "Unknown option '--x'. To specify a positional argument …": the first sentence is the reason.
    return (error as Error).message.split('. ')[0]!.replace(/\.$/, '');
  }
}
