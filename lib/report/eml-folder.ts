import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { mailMessage } from '../exports/mail';
import type { ExportedMessage } from '../exports/message';

/** The .eml files of a folder and its subfolders, in name order, one message read at a time. */
export async function* readEmlFolder(path: string): AsyncGenerator<ExportedMessage | null> {
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && /\.eml$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  if (files.length === 0) throw new Error('a folder with no .eml files in it');
  const source = basename(path);
  for (const file of files) yield mailMessage(await readFile(file), source);
}
