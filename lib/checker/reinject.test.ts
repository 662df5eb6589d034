import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { reconcileUserSiteScripts } from '../user-sites/reconcile';
import { startReinjection } from './reinject';

// The background's order after an update (entrypoints/background.ts): the user's sites are
// registered again (or pointed) at this release's scripts first, then the open tabs get them, so an Outlook tab
// gets Outlook's adapter at once. The registry below holds, unless a test clears it, a registration as the
// release before Outlook's adapter made it, should the browser have kept it.

const OUTLOOK_ID = 'clearsend-site:https://outlook.office.com';
let registry: Map<string, { id: string; matches: string[]; js: string[] }>;
const update = vi.fn();
const register = vi.fn();
const inject = vi.fn();

beforeEach(async () => {
  fakeBrowser.reset();
  update.mockReset();
  register.mockReset();
  inject.mockReset().mockResolvedValue([]);
  registry = new Map([
    [
      OUTLOOK_ID,
      { id: OUTLOOK_ID, matches: ['https://outlook.office.com/*'], js: ['content-scripts/anysite.js'] },
    ],
  ]);
  vi.spyOn(browser.scripting, 'getRegisteredContentScripts').mockImplementation(
    async () => [...registry.values()].map((script) => ({ ...script })) as never,
  );
  vi.spyOn(browser.permissions, 'getAll').mockResolvedValue({
    origins: ['https://outlook.office.com/*'],
    permissions: [],
  } as never);
  update.mockImplementation(async (scripts: { id: string; js: string[] }[]) => {
    for (const { id, js } of scripts) registry.set(id, { ...registry.get(id)!, js });
  });
  vi.spyOn(browser.scripting, 'updateContentScripts').mockImplementation(update);
  register.mockImplementation(async (scripts: { id: string; matches: string[]; js: string[] }[]) => {
    for (const script of scripts) registry.set(script.id, script);
  });
  vi.spyOn(browser.scripting, 'registerContentScripts').mockImplementation(register);
  vi.spyOn(browser.scripting, 'executeScript').mockImplementation(inject);
  vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({ content_scripts: [] } as never);
  vi.spyOn(browser.tabs, 'query').mockImplementation(async ({ url }) =>
    (url as string[]).includes('https://outlook.office.com/*')
      ? ([{ id: 7, discarded: false }] as never)
      : [],
  );
  // The lifetime ports are lifetime.test.ts's.
  vi.spyOn(browser.runtime.onConnect, 'addListener').mockImplementation(() => undefined);
  startReinjection({ beforeReinject: reconcileUserSiteScripts });
});

describe('startReinjection with the user sites’ reconciliation', () => {
  it('on an update, which took the registrations away, a site the grants hold is registered again and its open tab gets its script', async () => {
    registry.clear();
    await fakeBrowser.runtime.onInstalled.trigger({
      reason: 'update',
      previousVersion: '0.1.0',
      temporary: false,
    });
    await vi.waitFor(() => expect(inject).toHaveBeenCalled());
    expect(register).toHaveBeenCalledWith([
      {
        id: OUTLOOK_ID,
        matches: ['https://outlook.office.com/*'],
        js: ['content-scripts/outlook.js'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    expect(inject.mock.calls).toEqual([[{ target: { tabId: 7 }, files: ['content-scripts/outlook.js'] }]]);
    expect(register.mock.invocationCallOrder[0]).toBeLessThan(inject.mock.invocationCallOrder[0]!);
  });

  it("where the registration survived with the generic script, it gets its adapter's, then its open tab does", async () => {
    await fakeBrowser.runtime.onInstalled.trigger({
      reason: 'update',
      previousVersion: '0.1.0',
      temporary: false,
    });
    await vi.waitFor(() => expect(inject).toHaveBeenCalled());
    expect(update).toHaveBeenCalledWith([{ id: OUTLOOK_ID, js: ['content-scripts/outlook.js'] }]);
    expect(inject.mock.calls).toEqual([[{ target: { tabId: 7 }, files: ['content-scripts/outlook.js'] }]]);
    expect(update.mock.invocationCallOrder[0]).toBeLessThan(inject.mock.invocationCallOrder[0]!);
  });

  it('a second update finds nothing to change and still reinjects', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({
      reason: 'update',
      previousVersion: '0.1.0',
      temporary: false,
    });
    await vi.waitFor(() => expect(inject).toHaveBeenCalledTimes(1));
    await fakeBrowser.runtime.onInstalled.trigger({
      reason: 'update',
      previousVersion: '0.1.1',
      temporary: false,
    });
    await vi.waitFor(() => expect(inject).toHaveBeenCalledTimes(2));
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('when the reconciliation fails the open tabs are still reinjected', async () => {
    vi.spyOn(browser.permissions, 'getAll').mockRejectedValue(new Error('not now'));
    await fakeBrowser.runtime.onInstalled.trigger({
      reason: 'update',
      previousVersion: '0.1.0',
      temporary: false,
    });
    await vi.waitFor(() => expect(inject).toHaveBeenCalled());
    expect(update).not.toHaveBeenCalled();
    expect(inject.mock.calls).toEqual([[{ target: { tabId: 7 }, files: ['content-scripts/anysite.js'] }]]);
  });

  it('an install registers nothing, even where a grant is found', async () => {
    registry.clear();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(register).not.toHaveBeenCalled();
    expect(registry.size).toBe(0);
  });

  it('a browser update changes nothing', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'browser_update', temporary: false });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(update).not.toHaveBeenCalled();
    expect(inject).not.toHaveBeenCalled();
  });
});
