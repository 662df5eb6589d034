import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { subscriptionsItem } from '../presets/library';
import { type RegisteredScript, reconcileUserSiteScripts, scriptChanges } from './reconcile';

// A registration as releases before the per-site adapters made one (lib/user-sites/registry.ts, every site on
// anysite.js), as Chromium's getRegisteredContentScripts answers it.
const generic = (origin: string) => ({
  id: `clearsend-site:${origin}`,
  matches: [`https://${new URL(origin).hostname}/*`],
  js: ['content-scripts/anysite.js'],
  runAt: 'document_idle',
  allFrames: false,
  persistAcrossSessions: true,
  world: 'ISOLATED',
});
/** What this release registers for a site (siteRegistration). */
const registration = (origin: string, script: string) => ({
  id: `clearsend-site:${origin}`,
  matches: [`https://${new URL(origin).hostname}/*`],
  js: [`content-scripts/${script}.js`],
  runAt: 'document_idle',
  persistAcrossSessions: true,
});
const OLD_REGISTRATIONS = [
  generic('https://outlook.office.com'),
  generic('https://teams.live.com'),
  generic('https://github.com'),
];
/** What permissions.getAll() gives for them: the manifest's hosts and each site the user turned on. */
const GRANTED = [
  'https://mail.google.com/*',
  'https://app.slack.com/*',
  'https://outlook.office.com/*',
  'https://teams.live.com/*',
  'https://github.com/*',
];
const SITES = ['https://github.com', 'https://outlook.office.com', 'https://teams.live.com'] as const;

describe('scriptChanges', () => {
  it('after an update took the registrations away, each site the grants hold is registered again with the script the table gives it', () => {
    expect(scriptChanges([], GRANTED, [])).toEqual([
      {
        kind: 'register',
        origin: 'https://github.com',
        script: registration('https://github.com', 'anysite'),
      },
      {
        kind: 'register',
        origin: 'https://outlook.office.com',
        script: registration('https://outlook.office.com', 'outlook'),
      },
      {
        kind: 'register',
        origin: 'https://teams.live.com',
        script: registration('https://teams.live.com', 'teams'),
      },
    ]);
  });

  it("where the registrations survived, one with the generic script gets its adapter's; any other site keeps the generic one", () => {
    expect(scriptChanges(OLD_REGISTRATIONS, GRANTED, [])).toEqual([
      {
        kind: 'update',
        id: 'clearsend-site:https://outlook.office.com',
        origin: 'https://outlook.office.com',
        js: ['content-scripts/outlook.js'],
        was: ['content-scripts/anysite.js'],
      },
      {
        kind: 'update',
        id: 'clearsend-site:https://teams.live.com',
        origin: 'https://teams.live.com',
        js: ['content-scripts/teams.js'],
        was: ['content-scripts/anysite.js'],
      },
    ]);
  });

  it('is idempotent: once the changes are made there are none', () => {
    for (const before of [[], OLD_REGISTRATIONS]) {
      const after = new Map(before.map((script) => [script.id, { ...script }] as const));
      for (const change of scriptChanges(before, GRANTED, [])) {
        if (change.kind === 'register')
          after.set(change.script.id, { ...generic(change.origin), ...change.script });
        else after.set(change.id, { ...after.get(change.id)!, js: change.js });
      }
      expect([...after.values()].map((script) => script.js).sort()).toEqual([
        ['content-scripts/anysite.js'],
        ['content-scripts/outlook.js'],
        ['content-scripts/teams.js'],
      ]);
      expect(scriptChanges([...after.values()], GRANTED, [])).toEqual([]);
    }
  });

  it('leaves alone what the user did not turn on or took back: a preset host, a registration not ours, no grant', () => {
    const registered: RegisteredScript[] = [
      // Turned on, then the user withdrew the site's access in the browser's own settings.
      generic('https://outlook.live.com'),
      // Some other registration of the extension's: not a site.
      { id: 'review-extract', js: ['review-extract.js'] },
    ];
    // A subscribed preset's host and the manifest's own hosts.
    const granted = [
      'https://presets.acme.example/*',
      'https://mail.google.com/*',
      'https://www.notion.so/*',
    ];
    expect(scriptChanges(registered, granted, ['https://presets.acme.example/team/preset.json'])).toEqual([]);
  });

  it('a site turned on at a port is registered under its origin; the grant it shares with its host adds none', () => {
    const registered = [registration('https://intranet.example.com:8443', 'anysite')];
    expect(scriptChanges(registered, ['https://intranet.example.com/*'], [])).toEqual([]);
  });

  it('follows the table both ways: an origin it no longer lists goes back to the generic script', () => {
    const registered = [
      { ...generic('https://outlook.cloud.microsoft'), js: ['content-scripts/outlook.js'] },
    ];
    const granted = ['https://outlook.cloud.microsoft/*', 'https://teams.cloud.microsoft/*'];
    // The table as it stood before outlook.cloud.microsoft joined it.
    const table = {
      outlook: { origins: ['https://outlook.office.com', 'https://outlook.live.com'] },
      teams: { origins: ['https://teams.microsoft.com', 'https://teams.cloud.microsoft'] },
    } as const;
    expect(scriptChanges(registered, granted, [], table)).toEqual([
      {
        kind: 'update',
        id: 'clearsend-site:https://outlook.cloud.microsoft',
        origin: 'https://outlook.cloud.microsoft',
        js: ['content-scripts/anysite.js'],
        was: ['content-scripts/outlook.js'],
      },
      {
        kind: 'register',
        origin: 'https://teams.cloud.microsoft',
        script: registration('https://teams.cloud.microsoft', 'teams'),
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
    expect(scriptChanges(registered, GRANTED, [])).toEqual([
      {
        kind: 'register',
        origin: 'https://teams.live.com',
        script: registration('https://teams.live.com', 'teams'),
      },
    ]);
  });

  it('counts a broader grant (every https site, a wildcard host) as the grant of a registered site, and as no site of its own', () => {
    const updated = (granted: string[]) =>
      scriptChanges(OLD_REGISTRATIONS, granted, []).map((c) => [c.kind, c.origin]);
    const both = [
      ['update', 'https://outlook.office.com'],
      ['update', 'https://teams.live.com'],
    ];
    expect(updated(['https://*/*'])).toEqual(both);
    expect(updated(['<all_urls>'])).toEqual(both);
    expect(updated(['*://*.office.com/*'])).toEqual([both[0]]);
    expect(updated(['https://*.live.com/*', 'https://office.com/*'])).toEqual([
      both[1],
      ['register', 'https://office.com'],
    ]);
  });
});

describe('reconcileUserSiteScripts', () => {
  let registry: Map<string, RegisteredScript & Record<string, unknown>>;
  const register = vi.fn();
  const update = vi.fn();

  beforeEach(async () => {
    fakeBrowser.reset();
    register.mockReset();
    update.mockReset();
    // After an update: the registrations are gone, the grants are kept.
    registry = new Map();
    vi.spyOn(browser.scripting, 'getRegisteredContentScripts').mockImplementation(
      async () => [...registry.values()] as never,
    );
    vi.spyOn(browser.permissions, 'getAll').mockResolvedValue({ origins: GRANTED, permissions: [] } as never);
    register.mockImplementation(async (scripts: RegisteredScript[]) => {
      for (const script of scripts) {
        if (registry.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        registry.set(script.id, { ...script });
      }
    });
    update.mockImplementation(async (scripts: { id: string; js: string[] }[]) => {
      for (const { id, js } of scripts) {
        const script = registry.get(id);
        if (!script) throw new Error(`Nonexistent script ID '${id}'`);
        registry.set(id, { ...script, js });
      }
    });
    vi.spyOn(browser.scripting, 'registerContentScripts').mockImplementation(register);
    vi.spyOn(browser.scripting, 'updateContentScripts').mockImplementation(update);
    vi.spyOn(browser.scripting, 'unregisterContentScripts').mockRejectedValue(new Error('no removal'));
    vi.spyOn(browser.permissions, 'request').mockRejectedValue(new Error('never asks'));
    vi.spyOn(browser.permissions, 'remove').mockRejectedValue(new Error('never gives back'));
  });

  it('registers each site again with its script, asks for nothing, and has nothing to do a second time', async () => {
    expect((await reconcileUserSiteScripts()).map((c) => c.origin)).toEqual(SITES);
    expect([...registry.values()]).toEqual([
      registration('https://github.com', 'anysite'),
      registration('https://outlook.office.com', 'outlook'),
      registration('https://teams.live.com', 'teams'),
    ]);
    expect(await reconcileUserSiteScripts()).toEqual([]);
    expect(register).toHaveBeenCalledTimes(3);
  });

  it('does not register the host a subscribed preset is fetched from', async () => {
    await subscriptionsItem.setValue({ acme: { url: 'https://github.com/acme/presets/raw/main/team.json' } });
    expect((await reconcileUserSiteScripts()).map((c) => c.origin)).toEqual([
      'https://outlook.office.com',
      'https://teams.live.com',
    ]);
  });

  it('points a surviving registration at its script, in place', async () => {
    for (const script of OLD_REGISTRATIONS) registry.set(script.id, { ...script });
    expect((await reconcileUserSiteScripts()).map((c) => [c.kind, c.origin])).toEqual([
      ['update', 'https://outlook.office.com'],
      ['update', 'https://teams.live.com'],
    ]);
    expect(registry.get('clearsend-site:https://outlook.office.com')).toEqual({
      ...generic('https://outlook.office.com'),
      js: ['content-scripts/outlook.js'],
    });
    expect(register).not.toHaveBeenCalled();
  });

  it('one that fails (turned on again meanwhile) does not hold up the others', async () => {
    registry.set('clearsend-site:https://github.com', { id: 'clearsend-site:https://github.com' });
    vi.spyOn(browser.scripting, 'getRegisteredContentScripts').mockResolvedValueOnce([] as never);
    expect((await reconcileUserSiteScripts()).map((c) => c.origin)).toEqual([
      'https://outlook.office.com',
      'https://teams.live.com',
    ]);
    expect(registry.get('clearsend-site:https://teams.live.com')?.js).toEqual(['content-scripts/teams.js']);
  });
});
