import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { subscriptionsItem } from '../presets/library';
import { releasePresetGrant, sitesOfGrants } from './grants';

// One permission, two uses: a site the user turned on and a preset subscribed from the same host both hold
// https://host/*. What the grants say about sites, and when unsubscribing gives a grant back.

describe('sitesOfGrants', () => {
  it('is each granted https host, but the built-in hosts, the hosts presets come from and wider grants', () => {
    const granted = [
      'https://mail.google.com/*',
      'https://www.notion.so/*',
      'https://github.com/*',
      'https://outlook.cloud.microsoft/*',
      'https://presets.acme.example/*',
      'https://*/*',
      'https://*.atlassian.net/*',
      'http://localhost/*',
      'https://github.com/*',
    ];
    expect(sitesOfGrants(granted, ['https://presets.acme.example/team.json'])).toEqual([
      'https://github.com',
      'https://outlook.cloud.microsoft',
    ]);
    expect(sitesOfGrants([], [])).toEqual([]);
  });
});

describe('releasePresetGrant, after an unsubscribe', () => {
  let granted: Set<string>;
  let registered: { id: string }[];
  const PRESET = 'https://presets.acme.example/team/async.json';

  beforeEach(() => {
    fakeBrowser.reset();
    granted = new Set(['https://presets.acme.example/*', 'https://github.com/*']);
    registered = [];
    vi.spyOn(browser.permissions, 'remove').mockImplementation(async ({ origins = [] }) =>
      origins.map((pattern) => granted.delete(pattern)).some(Boolean),
    );
    vi.spyOn(browser.scripting, 'getRegisteredContentScripts').mockImplementation(
      async () => registered as never,
    );
  });

  it("gives the preset host's grant back when nothing else of Clearsend's uses it", async () => {
    expect(await releasePresetGrant(PRESET)).toBe(true);
    expect([...granted]).toEqual(['https://github.com/*']);
  });

  it('keeps it while another subscribed preset comes from that host', async () => {
    await subscriptionsItem.setValue({ other: { url: 'https://presets.acme.example/team/strict.json' } });
    expect(await releasePresetGrant(PRESET)).toBe(false);
    expect(granted.has('https://presets.acme.example/*')).toBe(true);
  });

  it('keeps it where the user turned Clearsend on (a port of that host too)', async () => {
    registered = [{ id: 'review-extract' }, { id: 'clearsend-site:https://github.com:8443' }];
    expect(await releasePresetGrant('https://github.com/acme/presets/raw/main/team.json')).toBe(false);
    expect(granted.has('https://github.com/*')).toBe(true);
  });
});
