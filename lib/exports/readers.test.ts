import { describe, expect, it } from 'vitest';
import { mbox, slackExport } from '../../tests/fixtures/exports/generate';
import { readMbox } from './mbox';
import type { ExportedMessage } from './message';
import { readSlackExport } from './slack';
import { streamChunks, textLines } from './text-lines';

// The readers the CLI and the extension share take bytes, not paths: here they read Blobs' streams, as the
// backfill worker reads the File the user picked.

async function all(messages: AsyncIterable<ExportedMessage | null>): Promise<(ExportedMessage | null)[]> {
  const out: (ExportedMessage | null)[] = [];
  for await (const m of messages) out.push(m);
  return out;
}

/** A Blob's stream in small chunks, so lines and multi-byte characters are split across chunk edges. */
async function* smallChunks(blob: Blob, size = 7): AsyncGenerator<Uint8Array> {
  for await (const chunk of streamChunks(blob.stream()))
    for (let at = 0; at < chunk.length; at += size) yield chunk.subarray(at, at + size);
}

describe('the shared export readers, on a browser Blob', () => {
  it('splits a stream into lines across chunk edges, CRLF or LF, multi-byte characters whole', async () => {
    const lines: string[] = [];
    for await (const line of textLines(smallChunks(new Blob(['one\r\nzwei – drei\nvier ✓']))))
      lines.push(line);
    expect(lines).toEqual(['one', 'zwei – drei', 'vier ✓']);
  });

  it('reads an mbox: each message with its Message-ID as its id, sent time and sender', async () => {
    const messages = await all(readMbox(smallChunks(new Blob([mbox(3)]), 64), 'Sent'));
    expect(messages.map((m) => m && [m.id, m.author, m.source])).toEqual([
      ['mail:<m0@example.com>', 'alma@example.com', 'Sent'],
      ['mail:<m1@example.com>', 'alma@example.com', 'Sent'],
      ['mail:<m2@example.com>', 'alma@example.com', 'Sent'],
    ]);
    expect(messages[2]!.draft.text).not.toMatch(/as discussed/);
  });

  it('refuses bytes that are not an mbox, saying so', async () => {
    await expect(all(readMbox(smallChunks(new Blob(['{"not": "mail"}'])), 'x'))).rejects.toThrow(
      'not an mbox file',
    );
  });

  it('reads a Slack export zip twice over (users, then days): ids from channel and ts, authors by name', async () => {
    const zip = new Blob([slackExport(4) as BlobPart]);
    const messages = (await all(readSlackExport(() => smallChunks(zip, 1000), 'export.zip'))).filter(
      (m) => m !== null,
    );
    expect(messages.map((m) => m.author).sort()).toEqual([
      'Alma Ortiz',
      'Alma Ortiz',
      'Ben Okafor',
      'Ben Okafor',
    ]);
    expect(new Set(messages.map((m) => m.id)).size).toBe(4);
    expect(messages[0]!.id).toMatch(/^slack:(general|eng):\d+\.000100$/);
  });

  it('refuses a zip cut short, wherever the cut falls, instead of reading it as a smaller export', async () => {
    const whole = slackExport(56);
    for (const length of [Math.floor(whole.length / 2), whole.length - 10, whole.length - 30]) {
      const cut = new Blob([whole.slice(0, length) as BlobPart]);
      await expect(all(readSlackExport(() => smallChunks(cut, 1000), 'cut.zip'))).rejects.toThrow(
        /^the zip is cut short/,
      );
    }
  });

  it('finds the end record of a zip longer than the 64 kB tail it keeps, and misses it once the zip is cut', async () => {
    // 2,000 messages make a zip of ~280 kB: the kept tail wraps round several times in small chunks, and a single
    // chunk of the whole zip writes its last 64 kB across the tail's end, the end record in the part that wraps.
    const whole = slackExport(2000);
    const read = (bytes: Uint8Array, size: number) =>
      all(readSlackExport(() => smallChunks(new Blob([bytes as BlobPart]), size), 'big.zip'));
    for (const size of [4093, whole.length])
      expect((await read(whole, size)).filter((m) => m !== null)).toHaveLength(2000);
    await expect(read(whole.slice(0, whole.length - 30), 4093)).rejects.toThrow(/^the zip is cut short/);
  });

  it('names a zip with no users.json as not a Slack export', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const zip = new Blob([zipSync({ 'notes.txt': strToU8('hi') }) as BlobPart]);
    await expect(all(readSlackExport(() => smallChunks(zip), 'notes.zip'))).rejects.toThrow(
      'not a Slack export (notes.zip has no users.json)',
    );
  });
});
