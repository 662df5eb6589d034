import { analyze } from '../analysis/analyze';
import type { AnalysisConfig, Draft, Report } from '../analysis/types';
import { parsePreset } from '../presets/parse';
import { presetConfigFor } from '../presets/to-config';
import type { Preset } from '../presets/types';
import { readArgs } from './args';
import { formatReport } from './format';
import type { CliIo } from './io';
import { readDrafts } from './read-drafts';

export const CHECK_USAGE =
  'usage: clearsend check [--json] [--preset FILE] [--now ISO] FILE...   (- reads stdin)';

interface CheckOptions {
  json: boolean;
  preset?: string;
  now?: string;
  files: string[];
}

function readCheckArgs(args: string[]): CheckOptions | string {
  const parsed = readArgs(args, {
    json: { type: 'boolean', default: false },
    preset: { type: 'string' },
    now: { type: 'string' },
  });
  if (typeof parsed === 'string') return parsed;
  const { values, positionals } = parsed;
  if (values.now !== undefined && Number.isNaN(new Date(values.now).getTime()))
    return `--now: "${values.now}" is not an ISO date-time`;
  if (positionals.length === 0) return 'no input files';
  return { json: values.json ?? false, preset: values.preset, now: values.now, files: positionals };
}

async function loadPreset(file: string, io: CliIo): Promise<Preset | string> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    return `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
  }
  const parsed = parsePreset(text);
  return parsed.ok ? parsed.preset : `${file}: ${parsed.error}`;
}

/** `clearsend check FILE...`: exit 0 when it ran, 1 when an error-severity finding was reported, 2 on bad input. */
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
    configFor = (draft) => presetConfigFor(loaded, draft.site, draft.kind);
  }
  const inputs: { file: string; drafts: Draft[] }[] = [];
  for (const file of opts.files) {
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
    inputs.push({ file, drafts: read.drafts });
  }
  const now = opts.now ?? new Date().toISOString();
  const results: { file: string; index: number; draft: Draft; report: Report }[] = [];
  for (const { file, drafts } of inputs) {
    for (const [index, d] of drafts.entries()) {
      const draft = { ...d, now: opts.now ?? d.now ?? now };
      try {
        results.push({ file, index, draft, report: analyze(draft, configFor(draft)) });
      } catch (error) {
        // One line naming the input, never a stack trace: what broke is the input (or the preset) given.
        io.err(
          `${file}${drafts.length > 1 ? `[${index}]` : ''}: could not be checked (${error instanceof Error ? error.message : String(error)})`,
        );
        return 2;
      }
    }
  }
  if (opts.json) {
    const rows = results.map(({ file, index, report }) => ({
      file,
      index,
      score: report.score,
      facts: report.facts,
      findings: report.findings,
    }));
    io.out(JSON.stringify(rows, null, 2));
  } else {
    for (const r of results) {
      const label =
        inputs.find((i) => i.file === r.file)!.drafts.length > 1 ? `${r.file}[${r.index}]` : r.file;
      io.out(formatReport(label, r.draft, r.report));
    }
  }
  return results.some((r) => r.report.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
