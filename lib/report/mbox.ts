import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { mailMessage } from './mail';
import type { ExportedMessage } from './message';

/**
 * The messages of an mbox file (Gmail / Google Takeout, mboxrd), one at a time: the file is read as a stream of
 * lines, so memory stays flat in the size of the file. "From " at the start of a line separates messages;
 * ">From " lines are unescaped (mboxrd).
 */
export async function* readMbox(path: string): AsyncGenerator<ExportedMessage | null> {
  const source = basename(path).replace(/\.mbox$/i, '');
  const lines = createInterface({
    input: createReadStream(path, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let current: string[] | null = null;
  let sawFromLine = false;
  for await (const line of lines) {
    if (line.startsWith('From ')) {
      sawFromLine = true;
      if (current?.length) yield mailMessage(current.join('\n'), source);
      current = [];
      continue;
    }
    if (!sawFromLine) {
      if (line.trim() === '') continue;
      throw new Error('not an mbox file (it does not start with a "From " line)');
    }
    current!.push(/^>+From /.test(line) ? line.slice(1) : line);
  }
  if (!sawFromLine) throw new Error('not an mbox file (it is empty)');
  if (current?.length) yield mailMessage(current.join('\n'), source);
}
