import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { diffPresets } from './diff';
import { loadCatalog, subscriptionsItem } from './library';
import {
  acceptPendingVersion,
  checkSubscriptionUrl,
  fetchPreset,
  refreshSubscription,
  saveSubscription,
} from './subscriptions';

// A real server on 127.0.0.1 whose answer the test changes, like a team's preset host going up and down.
let answer: { status: number; body: string; endless?: boolean } = { status: 200, body: '' };
let server: Server;
let url: string;
/** Bytes an endless answer managed to send before the client hung up. */
let streamed = 0;

beforeEach(async () => {
  fakeBrowser.reset();
  streamed = 0;
  server = createServer((_req, res) => {
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    if (!answer.endless) return void res.end(answer.body);
    // No Content-Length, and no end: a server that would send 400 MB, or forever.
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (!res.destroyed && res.write(chunk)) streamed += chunk.length;
    };
    res.on('drain', pump);
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/team.json`;
});
afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

const v1 = { clearsend: 1, name: 'Team', version: '1', rules: { 'missing-deadline': 'error' } };
const v2 = { ...v1, version: '2', rules: { 'missing-deadline': 'error', 'relative-date': 'warning' } };

describe('subscribed presets', () => {
  test('only https addresses, or http on this machine, can be subscribed to', () => {
    expect(checkSubscriptionUrl('https://example.com/p.json')).toMatchObject({
      ok: true,
      origin: 'https://example.com/*',
    });
    expect(checkSubscriptionUrl('http://example.com/p.json')).toMatchObject({
      ok: false,
      error: expect.stringContaining('https://'),
    });
    expect(checkSubscriptionUrl('https://user:pw@example.com/p.json')).toMatchObject({ ok: false });
    expect(checkSubscriptionUrl(url)).toMatchObject({ ok: true });
  });

  test('a failing refresh keeps the last good version and records why', async () => {
    answer = { status: 200, body: JSON.stringify(v1) };
    const first = await fetchPreset(url, {});
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const id = await saveSubscription(url, first.preset, 1);

    answer = { status: 500, body: 'oops' };
    const afterError = await refreshSubscription(id, { now: () => 2 });
    expect(afterError).toMatchObject({ preset: v1, lastChecked: 2, lastError: 'the server answered 500' });

    answer = { status: 200, body: JSON.stringify({ ...v2, rules: { 'relative-date': 'loud' } }) };
    const afterInvalid = await refreshSubscription(id, { now: () => 3 });
    expect(afterInvalid?.lastError).toMatch(/^rules\.relative-date: expected/);
    expect(afterInvalid?.preset).toEqual(v1);

    await new Promise<void>((resolve) => server.close(() => resolve()));
    const afterDown = await refreshSubscription(id, { now: () => 4 });
    expect(afterDown?.lastError).toMatch(/^could not fetch it/);
    expect((await loadCatalog())[id]?.preset).toEqual(v1);
    server.listen(0, '127.0.0.1');
  });

  test('a new version waits, with its rule changes, until the user applies it', async () => {
    answer = { status: 200, body: JSON.stringify(v1) };
    const id = await saveSubscription(url, v1 as never, 1);
    answer = { status: 200, body: JSON.stringify(v2) };
    const refreshed = await refreshSubscription(id, { now: () => 5 });
    expect(refreshed?.preset).toEqual(v1);
    expect(refreshed?.pending).toEqual(v2);
    expect(diffPresets(refreshed?.preset, refreshed!.pending!)).toEqual([
      'Relative date: default → Suggestion',
    ]);

    await acceptPendingVersion(id);
    const stored = (await subscriptionsItem.getValue())[id];
    expect(stored?.preset).toEqual(v2);
    expect(stored?.pending).toBeUndefined();
  });

  test('a version whose examples fail is not taken', async () => {
    const id = await saveSubscription(url, v1 as never, 1);
    answer = {
      status: 200,
      body: JSON.stringify({
        ...v2,
        examples: [{ text: 'Can you review the launch plan soon?', expect: { none: true } }],
      }),
    };
    const refreshed = await refreshSubscription(id, {});
    expect(refreshed?.lastError).toMatch(/^its examples fail \(example 1: expected no findings/);
    expect(refreshed?.pending).toBeUndefined();
  });

  test('a body with no Content-Length is read only up to the limit, then refused (issue 15.7)', async () => {
    answer = { status: 200, body: '', endless: true };
    const started = Date.now();
    const result = await fetchPreset(url, {});
    expect(result).toEqual({ ok: false, error: 'too large: a preset is at most 256 kB' });
    expect(Date.now() - started).toBeLessThan(5000);
    // The read stopped: what was sent is the limit plus what the sockets buffered, not the endless body.
    expect(streamed).toBeLessThan(16 * 1024 * 1024);
  });
});
