import { readFile } from 'node:fs/promises';
import { analyze } from '../analysis/analyze';
import type { AnalysisConfig, Draft, Report } from '../analysis/types';
import { parsePreset } from '../presets/parse';
import { presetConfigFor } from '../presets/to-config';
import type { Preset } from '../presets/types';
import { formatReport } from './format';
import { presetTestCommand } from './preset-test';
import { readDrafts } from './read-drafts';

export interface CliIo {
  out(s: string): void;
  err(s: string): void;
  readFile(path: string): Promise<string>;
  readStdin(): Promise<string>;
}

const USAGE =
  'usage: clearsend [--json] [--preset FILE] [--now ISO] FILE...   (- reads stdin)\n       clearsend preset test FILE';

interface Options {
  json: boolean;
  preset?: string;
  now?: string;
  files: string[];
}

function parseArgs(args: string[]): Options | string {
  const o: Options = { json: false, files: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') o.json = true;
    else if (a === '--preset' || a === '--now') {
      const value = args[++i];
      if (!value) return `${a} needs a value`;
      if (a === '--preset') o.preset = value;
      else o.now = value;
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else o.files.push(a);
  }
  if (o.now !== undefined && Number.isNaN(new Date(o.now).getTime()))
    return `--now: "${o.now}" is not an ISO date-time`;
  return o.files.length ? o : 'no input files';
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

/** The `clearsend` command. Exit 0 when it ran, 1 when an error-severity finding was reported, 2 on bad input. */
export async function main(args: string[], io: CliIo): Promise<number> {
  if (args[0] === 'preset' && args[1] === 'test') return presetTestCommand(args.slice(2), io);
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  const opts = parseArgs(args);
  if (typeof opts === 'string') {
    io.err(`clearsend: ${opts}\n${USAGE}`);
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
