import { readFile } from 'node:fs/promises';
import type { Analyze } from '../presets/examples';
import { runPresetExamples } from '../presets/examples';
import { parsePreset } from '../presets/parse';

export interface Io {
  out(s: string): void;
  err(s: string): void;
}

/**
 * `clearsend preset test FILE`: runs the preset's examples so a team can keep its preset in CI.
 * Exit 0 when every example passes, 1 when one fails, 2 when the file cannot be read or is not a valid preset.
 */
export async function presetTestCommand(args: string[], io: Io, analyze?: Analyze): Promise<number> {
  const file = args.find((a) => !a.startsWith('-'));
  if (!file || args.length !== 1) {
    io.err('usage: clearsend preset test FILE');
    return 2;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    io.err(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    return 2;
  }
  const parsed = parsePreset(text);
  if (!parsed.ok) {
    io.err(`${file}: ${parsed.error}`);
    return 2;
  }
  for (const warning of parsed.warnings) io.err(`${file}: warning: ${warning}`);
  const examples = parsed.preset.examples ?? [];
  if (examples.length === 0) {
    io.out(`${file}: "${parsed.preset.name}" has no examples to run`);
    return 0;
  }
  const { passed, results } = runPresetExamples(parsed.preset, analyze);
  for (const result of results) {
    const label = `example ${result.index + 1} (${preview(result.text)})`;
    io.out(result.passed ? `pass  ${label}` : `FAIL  ${label}: ${result.problems.join('; ')}`);
  }
  const failed = results.filter((r) => !r.passed).length;
  io.out(passed ? `${results.length} examples passed` : `${failed} of ${results.length} examples failed`);
  return passed ? 0 : 1;
}

function preview(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(line.length > 40 ? `${line.slice(0, 39)}…` : line);
}
