import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KNOWN_SITES } from '../../lib/hosts/known-sites';
import { allMatchPatterns, type HostSite, matchPatterns } from '../../lib/hosts/origins';
import { EXTENSION_DIR } from './harness';

// The built manifest is the promise users and stores read: every permission here is one a feature needs.
const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
const HOSTS = allMatchPatterns();

describe('the built Chrome manifest', () => {
  it('asks for no more than the features use', () => {
    expect([...manifest.permissions].sort()).toEqual([
      'activeTab',
      'alarms',
      'contextMenus',
      'scripting',
      'storage',
    ]);
    expect([...manifest.host_permissions].sort()).toEqual([...HOSTS].sort());
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  });

  it("asks for no broad host access at install: other sites only by the user's grant, one origin at a time", () => {
    const broad = ['<all_urls>', 'https://*/*', 'http://*/*', '*://*/*'];
    expect(manifest.host_permissions.filter((p: string) => broad.includes(p) || p.includes('*.'))).toEqual(
      [],
    );
    expect(manifest.permissions).not.toContain('tabs');
    // The checkers for the user's sites (and the known sites' own) are built but registered only at run time
    // (lib/user-sites).
    for (const script of ['anysite', ...Object.keys(KNOWN_SITES)]) {
      expect(
        readFileSync(join(EXTENSION_DIR, `content-scripts/${script}.js`), 'utf8').length,
      ).toBeGreaterThan(0);
      expect(JSON.stringify(manifest.content_scripts)).not.toContain(script);
    }
  });

  it('runs each content script on its own host only', () => {
    const matches = manifest.content_scripts.map((script: { matches: string[] }) =>
      [...script.matches].sort(),
    );
    const sites: HostSite[] = ['gmail', 'slack', 'notion'];
    expect(matches.sort()).toEqual(sites.map((site) => matchPatterns(site).sort()).sort());
    // The table's promise, spelled out once: Notion's 2026 app origin is covered as well as www.notion.so.
    expect(HOSTS).toContain('https://app.notion.com/*');
  });

  it('lets no web page talk to the extension and loads no remote code', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    expect(JSON.stringify(manifest.content_security_policy ?? {})).not.toMatch(/https?:/);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('has its name, description and icons', () => {
    expect(manifest.name).toBe('Clearsend');
    expect(manifest.description.length).toBeGreaterThan(40);
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
  });
});
