import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { type RegisteredScript, reconcileUserSiteScripts, scriptChanges } from './reconcile';

// The registrations as releases before the per-site adapters made them (lib/user-sites/registry.ts, every site on
// anysite.js), as Chromium's getRegisteredContentScripts answers them.
const generic = (origin: string) => ({
  id: `clearsend-site:${origin}`,
  matches: [`https://${new URL(origin).hostname}/*`],
  js: ['content-scripts/anysite.js'],
  runAt: 'document_idle',
  allFrames: false,
  persistAcrossSessions: true,
  world: 'ISOLATED',
});
const OLD_REGISTRATIONS = [
  generic('https://outlook.office.com'),
  generic('https://teams.live.com'),
  generic('https://github.com'),
];
/** What permissions.getAll() gives for them: the manifest's hosts and each site the user granted. */
const GRANTED = [
  'https://mail.google.com/*',
  'https://app.slack.com/*',
  'https://outlook.office.com/*',
  'https://teams.live.com/*',
  'https://github.com/*',
];

describe('scriptChanges', () => {
  it("a site turned on before its adapter existed gets the adapter's script; any other site keeps the generic one", () => {
    expect(scriptChanges(OLD_REGISTRATIONS, GRANTED)).toEqual([
      {
        id: 'clearsend-site:https://outlook.office.com',
        origin: 'https://outlook.office.com',
        js: ['content-scripts/outlook.js'],
        was: ['content-scripts/anysite.js'],
      },
      {
        id: 'clearsend-site:https://teams.live.com',
        origin: 'https://teams.live.com',
        js: ['content-scripts/teams.js'],
        was: ['content-scripts/anysite.js'],
      },
    ]);
  });

  it('is idempotent: once the changes are made there are none', () => {
    const after = OLD_REGISTRATIONS.map((script) => {
      const change = scriptChanges([script], GRANTED)[0];
      return change ? { ...script, js: change.js } : script;
    });
    expect(after.map((script) => script.js)).toEqual([
      ['content-scripts/outlook.js'],
      ['content-scripts/teams.js'],
      ['content-scripts/anysite.js'],
    ]);
    expect(scriptChanges(after, GRANTED)).toEqual([]);
  });

  it('leaves alone what the user did not turn on or took back: no registration, not ours, no grant', () => {
    const registered: RegisteredScript[] = [
      // Turned on, then the user withdrew the site's access in the browser's own settings.
      generic('https://outlook.live.com'),
      // Some other registration of the extension's: not a site.
      { id: 'review-extract', js: ['review-extract.js'] },
    ];
    // Granted but never turned on (a subscribed preset's origin, Teams' web granted for something else).
    const granted = ['https://presets.acme.example/*', 'https://teams.microsoft.com/*'];
    expect(scriptChanges(registered, granted)).toEqual([]);
  });

  it('follows the table both ways: an origin it no longer lists goes back to the generic script', () => {
    const registered = [
      { ...generic('https://outlook.cloud.microsoft'), js: ['content-scripts/outlook.js'] },
      generic('https://teams.cloud.microsoft'),
    ];
    const granted = ['https://outlook.cloud.microsoft/*', 'https://teams.cloud.microsoft/*'];
    // The table as it stood before outlook.cloud.microsoft joined it.
    const table = {
      outlook: { origins: ['https://outlook.office.com', 'https://outlook.live.com'] },
      teams: { origins: ['https://teams.microsoft.com', 'https://teams.cloud.microsoft'] },
    } as const;
    expect(scriptChanges(registered, granted, table)).toEqual([
      {
        id: 'clearsend-site:https://outlook.cloud.microsoft',
        origin: 'https://outlook.cloud.microsoft',
        js: ['content-scripts/anysite.js'],
        was: ['content-scripts/outlook.js'],
      },
      {
        id: 'clearsend-site:https://teams.cloud.microsoft',
        origin: 'https://teams.cloud.microsoft',
        js: ['content-scripts/teams.js'],
        was: ['content-scripts/anysite.js'],
      },
    ]);
  });

  it('reads a script given back as a full extension URL or with a leading slash as the same file', () => {
    const registered = [
      {
        id: 'clearsend-site:https://outlook.office.com',
        js: ['moz-extension://5c1e-44/content-scripts/outlook.js'],
      },
      { id: 'clearsend-site:https://github.com', js: ['/content-scripts/anysite.js'] },
    ];
    expect(scriptChanges(registered, GRANTED)).toEqual([]);
  });

  it('counts a broader grant (every https site, a wildcard host) as the grant of the site', () => {
    const registered = [generic('https://outlook.office.com'), generic('https://teams.live.com')];
    const changed = (granted: string[]) => scriptChanges(registered, granted).map((c) => c.origin);
    expect(changed(['https://*/*'])).toEqual(['https://outlook.office.com', 'https://teams.live.com']);
    expect(changed(['<all_urls>'])).toHaveLength(2);
    expect(changed(['*://*.office.com/*'])).toEqual(['https://outlook.office.com']);
    expect(changed(['https://*.live.com/*', 'https://office.com/*'])).toEqual(['https://teams.live.com']);
  });
});

describe('reconcileUserSiteScripts', () => {
  let registry: Map<string, RegisteredScript & Record<string, unknown>>;
  const update = vi.fn();

  beforeEach(() => {
    fakeBrowser.reset();
    update.mockReset();
    registry = new Map(OLD_REGISTRATIONS.map((script) => [script.id, { ...script }]));
    vi.spyOn(browser.scripting, 'getRegisteredContentScripts').mockImplementation(
      async () => [...registry.values()] as never,
    );
    vi.spyOn(browser.permissions, 'getAll').mockResolvedValue({ origins: GRANTED, permissions: [] } as never);
    update.mockImplementation(async (scripts: { id: string; js: string[] }[]) => {
      for (const { id, js } of scripts) {
        const script = registry.get(id);
        if (!script) throw new Error(`Nonexistent script ID '${id}'`);
        registry.set(id, { ...script, js });
      }
    });
    vi.spyOn(browser.scripting, 'updateContentScripts').mockImplementation(update);
    vi.spyOn(browser.scripting, 'registerContentScripts').mockRejectedValue(new Error('no new registration'));
    vi.spyOn(browser.scripting, 'unregisterContentScripts').mockRejectedValue(new Error('no removal'));
    vi.spyOn(browser.permissions, 'request').mockRejectedValue(new Error('never asks'));
    vi.spyOn(browser.permissions, 'remove').mockRejectedValue(new Error('never gives back'));
  });

  it('changes only the script of each registration, asks for nothing, and has nothing to do a second time', async () => {
    expect((await reconcileUserSiteScripts()).map((c) => c.origin)).toEqual([
      'https://outlook.office.com',
      'https://teams.live.com',
    ]);
    expect(update.mock.calls).toEqual([
      [[{ id: 'clearsend-site:https://outlook.office.com', js: ['content-scripts/outlook.js'] }]],
      [[{ id: 'clearsend-site:https://teams.live.com', js: ['content-scripts/teams.js'] }]],
    ]);
    expect(registry.get('clearsend-site:https://outlook.office.com')).toEqual({
      ...generic('https://outlook.office.com'),
      js: ['content-scripts/outlook.js'],
    });
    expect(await reconcileUserSiteScripts()).toEqual([]);
    expect(update).toHaveBeenCalledTimes(2);
  });

  it('a site removed meanwhile does not hold up the others', async () => {
    update.mockImplementationOnce(async () => {
      throw new Error("Nonexistent script ID 'clearsend-site:https://outlook.office.com'");
    });
    expect((await reconcileUserSiteScripts()).map((c) => c.origin)).toEqual(['https://teams.live.com']);
    expect(registry.get('clearsend-site:https://teams.live.com')?.js).toEqual(['content-scripts/teams.js']);
  });
});
