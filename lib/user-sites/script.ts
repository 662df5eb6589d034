import type { SiteOrigin } from '../analysis/types';
import { isSiteOrigin } from '../hosts/site-origin';

// The registered content script of a site the user turned on: one per origin, its id naming the origin, so the
// browser's own list of registered scripts is the list of sites (no second copy in storage to drift from it).

/** The built file of entrypoints/anysite.content.ts. */
export const USER_SITE_SCRIPT = 'content-scripts/anysite.js';
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
