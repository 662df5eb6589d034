import { mailMessage } from './mail';
import type { ExportedMessage } from './message';
import { textLines } from './text-lines';

/**
 * The messages of an mbox file (Gmail / Google Takeout, mboxrd), one at a time, from its bytes as they are read
 * (a node file stream or a browser File's stream), so memory stays flat in the size of the file. "From " at the
 * start of a line separates messages; ">From " lines are unescaped (mboxrd). `source` names the mailbox.
 */
export async function* readMbox(
  bytes: AsyncIterable<Uint8Array>,
  source: string,
): AsyncGenerator<ExportedMessage | null> {
  let current: string[] | null = null;
  let sawFromLine = false;
  for await (const line of textLines(bytes)) {
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

/** The mailbox name an mbox file's name gives ("Sent.mbox" → "Sent"). */
export function mailboxName(fileName: string): string {
  return (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.mbox$/i, '');
}
