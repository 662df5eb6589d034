import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { EXPORT_HEAD_BYTES, exportKind } from '../exports/export-kind';
import { mailboxName, readMbox } from '../exports/mbox';
import type { ExportedMessage } from '../exports/message';
import { readSlackExport } from '../exports/slack';
import { readEmlFolder } from './eml-folder';

/** The reader for an input: a folder of .eml files, a Slack export zip, or an mbox file (told by its first bytes). */
export async function readerFor(path: string): Promise<AsyncGenerator<ExportedMessage | null>> {
  const info = await stat(path);
  if (info.isDirectory()) return readEmlFolder(path);
  const file = await open(path);
  const head = Buffer.alloc(EXPORT_HEAD_BYTES);
  await file.read(head, 0, EXPORT_HEAD_BYTES, 0);
  await file.close();
  const kind = exportKind(head);
  // Node's file streams hand out Buffers, which are Uint8Arrays: the shared readers take them as they come.
  const bytes = () => createReadStream(path) as AsyncIterable<Uint8Array>;
  if (kind === 'slack') return readSlackExport(bytes, basename(path));
  if (kind === 'mbox') return readMbox(bytes(), mailboxName(path));
  throw new Error('not a Slack export (.zip), an mbox file or a folder of .eml files');
}
