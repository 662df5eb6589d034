import type { SiteOrigin } from '../analysis/types';
import { genericAdapter } from './generic';
import { type KnownSiteId, knownSiteAt } from './known-sites';
import { outlookAdapter } from './outlook';
import { siteOriginOf } from './site-origin';
import type { SiteAdapter } from './types';

/** The adapter of each site Clearsend has notes for (lib/hosts/known-sites.ts); its file holds its selectors. */
const SITE_ADAPTERS: Partial<Record<KnownSiteId, (site: SiteOrigin) => SiteAdapter>> = {
  outlook: outlookAdapter,
};

/** The adapter for a page of a site the user turned on: the site's own where Clearsend knows it, else the generic one. */
export function userSiteAdapter(url: string): SiteAdapter | null {
  const origin = siteOriginOf(url);
  if (!origin) return null;
  const known = knownSiteAt(origin);
  return (known && SITE_ADAPTERS[known]?.(origin)) || genericAdapter(origin);
}
