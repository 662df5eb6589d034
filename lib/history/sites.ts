import type { BuiltinSite, Site } from '../analysis/types';
import { KNOWN_SITES, knownSiteAt } from '../hosts/known-sites';
import { siteForHostname } from '../hosts/origins';
import { isSiteOrigin, originLabel, siteOriginOf } from '../hosts/site-origin';

export const SITE_LABELS: Record<BuiltinSite, string> = {
  gmail: 'Gmail',
  slack: 'Slack',
  notion: 'Notion',
  text: 'Text',
};

/**
 * The name a person reads for a site: the built-in ones by name, one the user turned on by its host, or by the
 * name people know it by when Clearsend has notes for it ("Outlook", lib/hosts/known-sites.ts).
 */
export function siteLabel(site: Site): string {
  if (!isSiteOrigin(site)) return SITE_LABELS[site];
  const known = knownSiteAt(site);
  return known ? KNOWN_SITES[known].name : originLabel(site);
}

/** The built-in host Clearsend checks at this URL, or null for any other page (only https, only the three hosts). */
export function siteForUrl(url: string | undefined): Exclude<BuiltinSite, 'text'> | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? siteForHostname(parsed.hostname) : null;
  } catch {
    return null;
  }
}

/** The site a tab's page belongs to: a built-in host, or the https origin it would be turned on under. */
export function tabSiteOf(url: string | undefined): Exclude<Site, 'text'> | null {
  return siteForUrl(url) ?? siteOriginOf(url);
}
