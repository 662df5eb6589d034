import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { Unzip, type UnzipFile, UnzipInflate } from 'fflate';
import type { ExportedMessage } from './message';

// A Slack workspace export: a zip of users.json, channels.json and one folder per channel with a JSON array of
// messages per day (`general/2026-11-02.json`). Read as a stream (fflate's Unzip), one day file at a time, so
// memory stays flat in the size of the export. users.json may sit anywhere in the zip, so a first pass reads
// only it (names for authors and <@U…> mentions) and a second pass reads the days.

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
  path: string,
  wanted: (name: string) => boolean,
  onFile: (name: string, bytes: Uint8Array) => void,
  /** Awaited after each chunk: the reader waits while the consumer is behind (memory stays flat). */
  backPressure: () => Promise<void> = async () => {},
) {
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  let failure: Error | undefined;
  let entries = 0;
  unzip.onfile = (file: UnzipFile) => {
    entries++;
    if (!wanted(file.name)) return;
    const chunks: Uint8Array[] = [];
    file.ondata = (error, chunk, final) => {
      if (error) failure ??= error;
      else chunks.push(chunk);
      if (final && !error) onFile(file.name, concat(chunks));
    };
    file.start();
  };
  for await (const chunk of createReadStream(path)) {
    unzip.push(chunk as Uint8Array);
    if (failure) throw failure;
    await backPressure();
  }
  unzip.push(new Uint8Array(0), true);
  if (failure) throw failure;
  if (entries === 0) throw new Error('not a zip file (no entries found)');
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

export async function* readSlackExport(path: string): AsyncGenerator<ExportedMessage | null> {
  const names = new Map<string, string>();
  let sawUsers = false;
  await eachEntry(
    path,
    (name) => /(?:^|\/)users\.json$/.test(name),
    (name, bytes) => {
      sawUsers = true;
      const users = readJson(name, bytes);
      if (!Array.isArray(users)) throw new Error(`${name} inside the zip is not a list of users`);
      for (const u of users as {
        id?: string;
        name?: string;
        real_name?: string;
        profile?: { real_name?: string };
      }[])
        if (u.id) names.set(u.id, u.profile?.real_name || u.real_name || u.name || u.id);
    },
  );
  if (!sawUsers) throw new Error(`not a Slack export (${basename(path)} has no users.json)`);
  // The second pass hands each day's messages out as it is inflated; a queue bridges callback and generator.
  const days: { channel: string; messages: SlackMessage[] }[] = [];
  let done = false;
  let wake: (() => void) | undefined;
  let resume: (() => void) | undefined;
  let failure: unknown;
  const QUEUE = 16;
  eachEntry(
    path,
    (name) => DAY_FILE.test(name),
    (name, bytes) => {
      const messages = readJson(name, bytes);
      if (!Array.isArray(messages)) throw new Error(`${name} inside the zip is not a list of messages`);
      days.push({ channel: DAY_FILE.exec(name)![1]!, messages: messages as SlackMessage[] });
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
