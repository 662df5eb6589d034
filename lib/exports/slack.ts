import { Unzip, type UnzipFile, UnzipInflate } from 'fflate';
import type { ExportedMessage } from './message';

// A Slack workspace export: a zip of users.json, channels.json and one folder per channel with a JSON array of
// messages per day (`general/2026-11-02.json`). Read as a stream (fflate's Unzip), one day file at a time, so
// memory stays flat in the size of the export. users.json may sit anywhere in the zip, so a first pass reads
// only it (names for authors and <@U…> mentions) and a second pass reads the days. The bytes come from `open`,
// called once per pass: a node file stream for the CLI, a browser File's stream for the extension's backfill.

/** Opens the export's bytes from the start, as a stream of chunks. */
export type OpenBytes = () => AsyncIterable<Uint8Array>;

interface SlackMessage {
  type?: string;
  subtype?: string;
  user?: string;
  text?: string;
  ts?: string;
  thread_ts?: string;
  user_profile?: { real_name?: string; display_name?: string };
}

const DAY_FILE = /^(?:.*\/)?([^/]+)\/\d{4}-\d{2}-\d{2}\.json$/;
/** Message subtypes a person wrote; joins, bots, topic changes and the like are not theirs. */
const WRITTEN = new Set([undefined, 'thread_broadcast', 'me_message']);

async function eachEntry(
  open: OpenBytes,
  wanted: (name: string) => boolean,
  onFile: (name: string, bytes: Uint8Array) => void,
  /** Awaited after each chunk: the reader waits while the consumer is behind (memory stays flat). */
  backPressure: () => Promise<void> = async () => {},
) {
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  let failure: Error | undefined;
  let entries = 0;
  const unfinished = new Set<string>();
  const tail = new ZipTail();
  unzip.onfile = (file: UnzipFile) => {
    entries++;
    if (!wanted(file.name)) return;
    const chunks: Uint8Array[] = [];
    unfinished.add(file.name);
    file.ondata = (error, chunk, final) => {
      if (error) failure ??= error;
      else chunks.push(chunk);
      if (final && !error) {
        unfinished.delete(file.name);
        onFile(file.name, concat(chunks));
      }
    };
    file.start();
  };
  for await (const chunk of open()) {
    unzip.push(chunk);
    tail.push(chunk);
    if (failure) throw failure;
    await backPressure();
  }
  unzip.push(new Uint8Array(0), true);
  if (failure) throw failure;
  if (entries === 0) throw new Error('not a zip file (no entries found)');
  // fflate's streaming reader stops quietly where the bytes stop: a download cut short would pass for a
  // smaller export without these checks.
  const [cut] = unfinished;
  if (cut !== undefined) throw new Error(`the zip is cut short (${cut} inside it is incomplete)`);
  if (!tail.hasEndRecord()) throw new Error('the zip is cut short (its end record is missing)');
}

/**
 * The last bytes of a zip, where its end-of-central-directory record (PK\x05\x06) must be. A ring: each chunk is
 * copied in once, over the oldest bytes (joining the kept tail and each chunk into a new array cost ~1.4 s per
 * 100 MB, on each of a read's two passes).
 */
class ZipTail {
  /** The record is 22 bytes plus a comment of at most 65,535. */
  private static readonly SIZE = 22 + 65_535;
  private readonly ring = new Uint8Array(ZipTail.SIZE);
  /** Bytes pushed so far; the byte at offset n sits at `ring[n % SIZE]`. */
  private seen = 0;

  push(chunk: Uint8Array): void {
    const size = ZipTail.SIZE;
    const part = chunk.subarray(Math.max(0, chunk.length - size));
    const at = (this.seen + chunk.length - part.length) % size;
    const first = Math.min(part.length, size - at);
    this.ring.set(part.subarray(0, first), at);
    this.ring.set(part.subarray(first), 0);
    this.seen += chunk.length;
  }

  hasEndRecord(): boolean {
    const start = this.seen % ZipTail.SIZE;
    const b =
      this.seen < ZipTail.SIZE
        ? this.ring.subarray(0, this.seen)
        : concat([this.ring.subarray(start), this.ring.subarray(0, start)]);
    for (let i = b.length - 22; i >= 0; i--)
      if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return true;
    return false;
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const decoder = new TextDecoder();
const readJson = (name: string, bytes: Uint8Array): unknown => {
  try {
    return JSON.parse(decoder.decode(bytes));
  } catch {
    throw new Error(`${name} inside the zip is not valid JSON`);
  }
};

/** Slack's markup as the person saw it: mentions by name, links as their address, entities decoded. */
export function slackText(text: string, names: ReadonlyMap<string, string>): string {
  return text
    .replace(
      /<@([A-Z0-9]+)(?:\|([^>]*))?>/g,
      (_, id: string, label?: string) => `@${names.get(id) ?? label ?? id}`,
    )
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<!(channel|here|everyone)(?:\|[^>]*)?>/g, '@$1')
    .replace(/<!subteam\^[A-Z0-9]+\|([^>]*)>/g, '$1')
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]*)>/g, '$2 ($1)')
    .replace(/<((?:https?|mailto):[^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The messages of a Slack export zip (`name` is its file name, for errors), one at a time. */
export async function* readSlackExport(
  open: OpenBytes,
  name: string,
): AsyncGenerator<ExportedMessage | null> {
  const names = new Map<string, string>();
  let sawUsers = false;
  await eachEntry(
    open,
    (entry) => /(?:^|\/)users\.json$/.test(entry),
    (entry, bytes) => {
      sawUsers = true;
      const users = readJson(entry, bytes);
      if (!Array.isArray(users)) throw new Error(`${entry} inside the zip is not a list of users`);
      for (const u of users as {
        id?: string;
        name?: string;
        real_name?: string;
        profile?: { real_name?: string };
      }[])
        if (u.id) names.set(u.id, u.profile?.real_name || u.real_name || u.name || u.id);
    },
  );
  if (!sawUsers) throw new Error(`not a Slack export (${name} has no users.json)`);
  // The second pass hands each day's messages out as it is inflated; a queue bridges callback and generator.
  const days: { channel: string; messages: SlackMessage[] }[] = [];
  let done = false;
  let wake: (() => void) | undefined;
  let resume: (() => void) | undefined;
  let failure: unknown;
  const QUEUE = 16;
  eachEntry(
    open,
    (entry) => DAY_FILE.test(entry),
    (entry, bytes) => {
      const messages = readJson(entry, bytes);
      if (!Array.isArray(messages)) throw new Error(`${entry} inside the zip is not a list of messages`);
      days.push({ channel: DAY_FILE.exec(entry)![1]!, messages: messages as SlackMessage[] });
      wake?.();
    },
    () =>
      days.length < QUEUE
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            resume = resolve;
          }),
  ).then(
    () => {
      done = true;
      wake?.();
    },
    (error: unknown) => {
      failure = error;
      done = true;
      wake?.();
    },
  );
  while (true) {
    const day = days.shift();
    if (days.length < QUEUE) resume?.();
    if (!day) {
      if (failure) throw failure;
      if (done) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      continue;
    }
    for (const m of day.messages) yield slackMessage(m, day.channel, names);
  }
}

function slackMessage(
  m: SlackMessage,
  channel: string,
  names: ReadonlyMap<string, string>,
): ExportedMessage | null {
  if (m.type !== 'message' || !WRITTEN.has(m.subtype) || !m.text?.trim() || !m.ts) return null;
  const sent = new Date(Number(m.ts) * 1000);
  if (Number.isNaN(sent.getTime())) return null;
  const inThread = m.thread_ts !== undefined && m.thread_ts !== m.ts;
  return {
    id: `slack:${channel}:${m.ts}`,
    source: `#${channel}`,
    author: (m.user && names.get(m.user)) || m.user_profile?.real_name || m.user || 'unknown',
    sentAt: sent.toISOString(),
    draft: {
      text: slackText(m.text, names),
      site: 'slack',
      kind: inThread ? 'thread' : 'channel',
      channel,
      isReply: inThread,
      now: sent.toISOString(),
    },
  };
}
