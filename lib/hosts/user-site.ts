import { genericAdapter } from './generic';
import { siteOriginOf } from './site-origin';
import type { SiteAdapter } from './types';

/** The adapter for a page of a site the user turned on: the generic one. */
export function userSiteAdapter(url: string): SiteAdapter | null {
  const origin = siteOriginOf(url);
  return origin ? genericAdapter(origin) : null;
}
