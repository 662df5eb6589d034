import { EXPORT_HEAD_BYTES, exportKind } from '../exports/export-kind';
import { mailMessage } from '../exports/mail';
import { mailboxName, readMbox } from '../exports/mbox';
import type { ExportedMessage } from '../exports/message';
import { readSlackExport } from '../exports/slack';
import { streamChunks } from '../exports/text-lines';

/**
 * One unit of a backfill, imported whole or not at all: an mbox file, a Slack export zip, or the .eml files of
 * one folder (or the .eml files picked together).
 */
export interface BackfillSource {
  /** What the user calls it: the file's name, or the folder's. */
  name: string;
  kind: 'mail' | 'slack';
  read(): AsyncGenerator<ExportedMessage | null>;
}

/** The .eml files' folder as the directory picker gives it ("Sent/2026/a.eml" → "Sent/2026"). */
function folderOf(file: File): string {
  const path = file.webkitRelativePath || '';
  const slash = path.lastIndexOf('/');
  return slash > 0 ? path.slice(0, slash) : 'the chosen .eml files';
}

async function* readEmlFiles(files: File[], source: string): AsyncGenerator<ExportedMessage | null> {
  for (const file of files) {
    try {
      yield await mailMessage(new Uint8Array(await file.arrayBuffer()), source);
    } catch (error) {
      throw new Error(`${file.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/**
 * The picked files as sources, told apart by their first bytes (a zip, an mbox's "From ") or an .eml name.
 * Throws, naming the file, for one that is none of these.
 */
export async function sourcesOf(files: File[]): Promise<BackfillSource[]> {
  const sources: BackfillSource[] = [];
  const emlFolders = new Map<string, File[]>();
  for (const file of [...files].sort((a, b) =>
    (a.webkitRelativePath || a.name).localeCompare(b.webkitRelativePath || b.name),
  )) {
    if (/\.eml$/i.test(file.name)) {
      const folder = folderOf(file);
      const emls = emlFolders.get(folder);
      if (emls) emls.push(file);
      else emlFolders.set(folder, [file]);
      continue;
    }
    const kind = exportKind(new Uint8Array(await file.slice(0, EXPORT_HEAD_BYTES).arrayBuffer()));
    if (kind === 'slack') {
      sources.push({
        name: file.name,
        kind: 'slack',
        read: () => readSlackExport(() => streamChunks(file.stream()), file.name),
      });
    } else if (kind === 'mbox') {
      sources.push({
        name: file.name,
        kind: 'mail',
        read: () => readMbox(streamChunks(file.stream()), mailboxName(file.name)),
      });
    } else if (!file.webkitRelativePath) {
      // A file picked on its own must be an export; others in a picked folder (.DS_Store) are passed over.
      throw new Error(
        `${file.name} is not a Slack export (.zip), an mbox file or an .eml message${file.size === 0 ? ' (it is empty)' : ''}.`,
      );
    }
  }
  for (const [folder, emls] of emlFolders)
    sources.push({ name: folder, kind: 'mail', read: () => readEmlFiles(emls, folder.split('/').pop()!) });
  if (sources.length === 0)
    throw new Error('None of the chosen files is an mbox file, a Slack export or an .eml message.');
  return sources;
}
