import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { REFRESH_ALARM, startPresetSubscriptions } from './background';
import { managedPolicyItem, subscriptionsItem } from './library';
import { saveSubscription } from './subscriptions';

type AlarmListener = (alarm: { name: string }) => void;

// fakeBrowser has no alarms: record what the background asks for and fire the alarm by hand.
function fakeAlarms() {
  const created: { name: string; info: unknown }[] = [];
  const listeners: AlarmListener[] = [];
  vi.spyOn(fakeBrowser.alarms, 'get').mockResolvedValue(undefined as never);
  vi.spyOn(fakeBrowser.alarms, 'create').mockImplementation(((name: string, info: unknown) => {
    created.push({ name, info });
  }) as never);
  vi.spyOn(fakeBrowser.alarms.onAlarm, 'addListener').mockImplementation(((l: AlarmListener) => {
    listeners.push(l);
  }) as never);
  return {
    created,
    fire: (name: string) => {
      for (const l of listeners) l({ name });
    },
  };
}

describe('startPresetSubscriptions', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  test('checks subscribed presets once a day, and only when the daily alarm fires', async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.end(JSON.stringify({ clearsend: 1, name: 'Team', version: '2', rules: { 'no-owner': 'error' } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/p.json`;
    const id = await saveSubscription(url, { clearsend: 1, name: 'Team', version: '1' });
    const alarms = fakeAlarms();

    startPresetSubscriptions();
    await vi.waitFor(() => expect(alarms.created).toHaveLength(1));
    expect(alarms.created[0]).toEqual({
      name: REFRESH_ALARM,
      info: expect.objectContaining({ periodInMinutes: 1440 }),
    });
    expect(requests).toBe(0);

    alarms.fire(REFRESH_ALARM);
    await vi.waitFor(async () =>
      expect((await subscriptionsItem.getValue())[id]?.pending?.version).toBe('2'),
    );
    expect(requests).toBe(1);
    server.close();
  });

  test('copies the administrator’s policy at start and whenever it changes', async () => {
    fakeAlarms();
    await fakeBrowser.storage.managed.set({ preset: '{"clearsend":1,"name":"Acme"}' });
    startPresetSubscriptions();
    await vi.waitFor(async () =>
      expect(await managedPolicyItem.getValue()).toMatchObject({ state: 'ok', preset: { name: 'Acme' } }),
    );
    await fakeBrowser.storage.managed.set({ preset: '{"clearsend":1,"name":"Acme v2"}' });
    await vi.waitFor(async () =>
      expect(await managedPolicyItem.getValue()).toMatchObject({ preset: { name: 'Acme v2' } }),
    );
  });
});
