import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
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
});
