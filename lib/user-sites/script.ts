import type { SiteOrigin } from '../analysis/types';
import { KNOWN_SITES, type KnownSitesTable, knownSiteAt } from '../hosts/known-sites';
import { isSiteOrigin, originPattern } from '../hosts/site-origin';

// The registered content script of a site the user turned on: one per origin, its id naming the origin, so the
// browser's own list of registered scripts is the list of sites the popup and options show. It does not
// outlive an update; the site's grant does, and brings it back (reconcile.ts).

/** The built file of entrypoints/anysite.content.ts. */
export const USER_SITE_SCRIPT = 'content-scripts/anysite.js';

/**
 * The script a site runs: a site Clearsend has notes for has its own (entrypoints/<id>.content.ts, its adapter in
 * place of the generic one), so no script carries every site's adapter; any other site runs anysite.js.
 */
export function userSiteScript(origin: SiteOrigin, table: KnownSitesTable = KNOWN_SITES): string {
  const known = knownSiteAt(origin, table);
  return known ? `content-scripts/${known}.js` : USER_SITE_SCRIPT;
}
/** What a site the user turned on is registered with: every page of its origin, kept across restarts. */
export function siteRegistration(origin: SiteOrigin, table: KnownSitesTable = KNOWN_SITES) {
  return {
    id: scriptIdFor(origin),
    matches: [originPattern(origin)],
    js: [userSiteScript(origin, table)] as [string],
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
}

export type SiteRegistration = ReturnType<typeof siteRegistration>;

const PREFIX = 'clearsend-site:';

export function scriptIdFor(origin: SiteOrigin): string {
  return `${PREFIX}${origin}`;
}

/** The origin a registered script's id names, or null for any other script. */
export function originOfScriptId(id: string): SiteOrigin | null {
  if (!id.startsWith(PREFIX)) return null;
  const origin = id.slice(PREFIX.length);
  return isSiteOrigin(origin) ? origin : null;
}
