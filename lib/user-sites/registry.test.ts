import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { subscriptionsItem } from '../presets/library';
import { disableUserSite, enableUserSite, listUserSites } from './registry';

// Turning a site on and Remove, as the popup's "Check messages on this site" and the options page call them: the
// registration and the grant come and go together (the grant is what brings a site back after an update).

let registry: Map<string, { id: string; js?: string[] }>;
let granted: Set<string>;

beforeEach(() => {
  fakeBrowser.reset();
  registry = new Map();
  granted = new Set(['https://outlook.cloud.microsoft/*', 'https://github.com/*']);
  vi.spyOn(browser.permissions, 'contains').mockImplementation(async ({ origins = [] }) =>
    origins.every((pattern) => granted.has(pattern)),
  );
  vi.spyOn(browser.permissions, 'remove').mockImplementation(async ({ origins = [] }) =>
    origins.map((pattern) => granted.delete(pattern)).some(Boolean),
  );
  vi.spyOn(browser.scripting, 'getRegisteredContentScripts').mockImplementation(
    async (filter) =>
      [...registry.values()].filter(({ id }) => !filter?.ids || filter.ids.includes(id)) as never,
  );
  vi.spyOn(browser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    for (const script of scripts) registry.set(script.id, script);
  });
  vi.spyOn(browser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    for (const id of filter?.ids ?? []) registry.delete(id);
  });
  vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([] as never);
});

describe('turning a site on and off', () => {
  it("turning a site on registers the table's script for it; Remove takes the script and the grant", async () => {
    await enableUserSite('https://outlook.cloud.microsoft', 4);
    await enableUserSite('https://github.com');
    await enableUserSite('https://github.com');
    expect(registry.get('clearsend-site:https://outlook.cloud.microsoft')).toEqual({
      id: 'clearsend-site:https://outlook.cloud.microsoft',
      matches: ['https://outlook.cloud.microsoft/*'],
      js: ['content-scripts/outlook.js'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
    expect(browser.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 4 },
      files: ['content-scripts/outlook.js'],
    });
    expect(await listUserSites()).toEqual(['https://github.com', 'https://outlook.cloud.microsoft']);

    expect(await disableUserSite('https://outlook.cloud.microsoft')).toBe(true);
    expect(await listUserSites()).toEqual(['https://github.com']);
    expect([...granted]).toEqual(['https://github.com/*']);
  });

  it('Remove keeps the grant where a subscribed preset is fetched from (the same permission)', async () => {
    await enableUserSite('https://github.com');
    await subscriptionsItem.setValue({ team: { url: 'https://github.com/acme/presets/raw/main/team.json' } });
    expect(await disableUserSite('https://github.com')).toBe(true);
    expect(await listUserSites()).toEqual([]);
    expect(granted.has('https://github.com/*')).toBe(true);
  });

  it('a site the browser has not granted is neither registered nor listed', async () => {
    await expect(enableUserSite('https://intranet.example.com')).rejects.toThrow('has not granted');
    expect(registry.size).toBe(0);
  });
});
