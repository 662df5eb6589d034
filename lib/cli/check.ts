import { version } from '../../package.json';
import type { AnalysisConfig, Draft } from '../analysis/types';
import type { Preset } from '../presets/types';
import { readArgs } from './args';
import type { CheckedDraft } from './formats/checked';
import { labelOf } from './formats/checked';
import type { CliIo } from './io';
import { readDrafts } from './read-drafts';
import { CHECK_USAGE } from './usage';

// The engine, the preset reader, the glob library and each format are imported only when this run needs them:
// a bad argument or unreadable file answers without loading the engine, and a plain file never loads the glob
// or preset code (start-up is most of what one small file costs; issue 13 targets <= 150 ms).
type Formatter = (results: readonly CheckedDraft[]) => string;
const FORMATS = {
  text: async (): Promise<Formatter> => (await import('./formats/text')).formatText,
  json: async (): Promise<Formatter> => (await import('./formats/json')).formatJson,
  sarif: async (): Promise<Formatter> => {
    const { formatSarif } = await import('./formats/sarif');
    return (results) => formatSarif(results, version);
  },
  github: async (): Promise<Formatter> => (await import('./formats/github')).formatGithub,
} as const;
type Format = keyof typeof FORMATS;

interface CheckOptions {
  format: Format;
  minScore?: number;
  preset?: string;
  now?: string;
  inputs: string[];
}

function readCheckArgs(args: string[]): CheckOptions | string {
  const parsed = readArgs(args, {
    format: { type: 'string', default: 'text' },
    json: { type: 'boolean', default: false },
    'min-score': { type: 'string' },
    preset: { type: 'string' },
    now: { type: 'string' },
  });
  if (typeof parsed === 'string') return parsed;
  const { values, positionals } = parsed;
  const format = values.json ? 'json' : (values.format ?? 'text');
  if (!Object.hasOwn(FORMATS, format))
    return `--format: "${format}" is not one of ${Object.keys(FORMATS).join(', ')}`;
  if (values.json && values.format !== undefined && values.format !== 'text' && values.format !== 'json')
    return `--json and --format ${values.format} ask for two formats`;
  let minScore: number | undefined;
  if (values['min-score'] !== undefined) {
    minScore = Number(values['min-score']);
    if (!/^\d+$/.test(values['min-score']) || minScore > 100)
      return `--min-score: "${values['min-score']}" is not a whole number from 0 to 100`;
  }
  if (values.now !== undefined && Number.isNaN(new Date(values.now).getTime()))
    return `--now: "${values.now}" is not an ISO date-time`;
  if (positionals.length === 0) return 'no input files';
  return { format: format as Format, minScore, preset: values.preset, now: values.now, inputs: positionals };
}

/** Characters without which picomatch (tinyglobby's matcher) reads no pattern as a glob: `*`, `?`, `[`, `{`, `(`, `!`. */
const GLOB_CHARACTER = /[*?[{(!]/;

/** The files to read: plain paths as given (a missing one is reported when read), globs expanded and sorted. */
async function expandInputs(inputs: string[]): Promise<string[] | string> {
  const files: string[] = [];
  for (const input of inputs) {
    const globs = input !== '-' && GLOB_CHARACTER.test(input) ? await import('tinyglobby') : undefined;
    if (!globs?.isDynamicPattern(input)) {
      files.push(input);
      continue;
    }
    const matched = await globs.glob(input, { onlyFiles: true, dot: false });
    if (matched.length === 0) return `${input}: matches no files`;
    files.push(...matched.sort());
  }
  return [...new Set(files)];
}

async function loadPreset(file: string, io: CliIo): Promise<Preset | string> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    return `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
  }
  const parsed = (await import('../presets/parse')).parsePreset(text);
  return parsed.ok ? parsed.preset : `${file}: ${parsed.error}`;
}

/**
 * `clearsend check FILE|GLOB...`: exit 0 when it ran, 1 when an error-severity finding was reported or a draft
 * scored below --min-score, 2 on bad input or arguments (one line naming the file or the option).
 */
export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const opts = readCheckArgs(args);
  if (typeof opts === 'string') {
    io.err(`clearsend: ${opts}\n${CHECK_USAGE}`);
    return 2;
  }
  // The same settings the extension would use for each draft's site and kind, site overrides included.
  let configFor = (_draft: Draft): AnalysisConfig => ({});
  if (opts.preset) {
    const loaded = await loadPreset(opts.preset, io);
    if (typeof loaded === 'string') {
      io.err(loaded);
      return 2;
    }
    const { presetConfigFor } = await import('../presets/to-config');
    configFor = (draft) => presetConfigFor(loaded, draft.site, draft.kind);
  }
  const files = await expandInputs(opts.inputs);
  if (typeof files === 'string') {
    io.err(`clearsend: ${files}`);
    return 2;
  }
  const inputs: { file: string; drafts: Draft[]; firstLine?: number }[] = [];
  for (const file of files) {
    let content: string;
    try {
      content = file === '-' ? await io.readStdin() : await io.readFile(file);
    } catch (error) {
      io.err(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      return 2;
    }
    const read = readDrafts(file, content);
    if (!read.ok) {
      io.err(`${file}: ${read.error}`);
      return 2;
    }
    inputs.push({ file, drafts: read.drafts, firstLine: read.firstLine });
  }
  const [{ analyze }, format] = await Promise.all([import('../analysis/analyze'), FORMATS[opts.format]()]);
  const now = opts.now ?? new Date().toISOString();
  const results: CheckedDraft[] = [];
  for (const { file, drafts, firstLine } of inputs) {
    for (const [index, d] of drafts.entries()) {
      const draft = { ...d, now: opts.now ?? d.now ?? now };
      const checked = { file, index, count: drafts.length, draft, ...(firstLine ? { firstLine } : {}) };
      try {
        results.push({ ...checked, report: analyze(draft, configFor(draft)) });
      } catch (error) {
        // One line naming the input, never a stack trace: what broke is the input (or the preset) given.
        io.err(
          `${labelOf(checked)}: could not be checked (${error instanceof Error ? error.message : String(error)})`,
        );
        return 2;
      }
    }
  }
  const output = format(results);
  if (output) io.out(output);
  const below = opts.minScore === undefined ? [] : results.filter((r) => r.report.score < opts.minScore!);
  if (below.length > 0)
    io.err(
      `clearsend: ${below.length} of ${results.length} drafts scored below --min-score ${opts.minScore}: ` +
        below.map((r) => `${labelOf(r)} (${r.report.score})`).join(', '),
    );
  const hasError = results.some((r) => r.report.findings.some((f) => f.severity === 'error'));
  return hasError || below.length > 0 ? 1 : 0;
}
