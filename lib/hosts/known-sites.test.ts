import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureFor, SITE_PAGES } from '../../tests/fixtures/routes';
import { userSiteScript } from '../user-sites/script';
import { KNOWN_SITES, knownSiteAt } from './known-sites';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the known sites', () => {
  it('each has its adapter file, its content script and its fixture notes; the script is what the site registers', () => {
    for (const [id, site] of Object.entries(KNOWN_SITES)) {
      expect(existsSync(resolve(ROOT, `lib/hosts/${id}.ts`)), id).toBe(true);
      const entry = resolve(ROOT, `entrypoints/${id}.content.ts`);
      expect(readFileSync(entry, 'utf8'), id).toContain(`from '../lib/hosts/${id}'`);
      expect(readFileSync(resolve(ROOT, 'tests/fixtures/README.md'), 'utf8'), id).toContain(
        `### sites/${id}.html`,
      );
      for (const origin of site.origins) {
        expect(knownSiteAt(origin)).toBe(id);
        expect(userSiteScript(origin)).toBe(`content-scripts/${id}.js`);
      }
    }
    expect(knownSiteAt('https://github.com')).toBeNull();
    expect(userSiteScript('https://github.com')).toBe('content-scripts/anysite.js');
  });

  it('serve every origin their app answers at (tests/fixtures/README.md § sites names the evidence)', () => {
    expect(KNOWN_SITES.outlook.origins).toEqual([
      'https://outlook.office.com',
      'https://outlook.office365.com',
      'https://outlook.cloud.microsoft',
      'https://outlook.live.com',
    ]);
    expect(KNOWN_SITES.teams.origins).toEqual([
      'https://teams.microsoft.com',
      'https://teams.cloud.microsoft',
      'https://teams.live.com',
    ]);
    // Look-alikes are someone else's site: only the exact origins run a site's adapter.
    const others = ['https://outlook.com', 'https://office.com', 'https://live.com'] as const;
    for (const other of others) expect(knownSiteAt(other), other).toBeNull();
  });

  it("each origin is served the site's fixture page, so the e2e suites can turn it on there", () => {
    for (const [id, site] of Object.entries(KNOWN_SITES)) {
      const page = SITE_PAGES[id as keyof typeof SITE_PAGES];
      for (const origin of site.origins)
        expect(fixtureFor(new URL(`${origin}/mail/`)), origin).toBe(page.file);
    }
  });
});
