// The one table of where Clearsend runs. The manifest (wxt.config.ts), each content script's matches, the
// adapters, the review's reader choice and history's site table all read it, so a new host is one line here.
// Kept free of runtime imports: the build config loads it in Node.
import type { BuiltinSite } from '../analysis/types';

/** A site with a host of its own: every site but "text". */
export type HostSite = Exclude<BuiltinSite, 'text'>;

export const HOST_ORIGINS: Record<HostSite, readonly string[]> = {
  gmail: ['https://mail.google.com'],
  slack: ['https://app.slack.com'],
  // In 2026 Notion serves its app at app.notion.com (page links /p/<id>) and still at www.notion.so
  // (../shared/hosts/notion-evidence.md § A). Public *.notion.site pages are read-only: nothing to check there.
  notion: ['https://www.notion.so', 'https://app.notion.com'],
};

/** The sites Clearsend runs on, in the table's order. */
export const HOST_SITES = Object.keys(HOST_ORIGINS) as HostSite[];

/** The manifest match patterns for one site's pages. */
export function matchPatterns(site: HostSite): string[] {
  return HOST_ORIGINS[site].map((origin) => `${origin}/*`);
}

/** Every host's match patterns: the manifest's host permissions. */
export function allMatchPatterns(): string[] {
  return HOST_SITES.flatMap(matchPatterns);
}

/** The site whose app is served at `hostname` (https only is the caller's check), or null. */
export function siteForHostname(hostname: string): HostSite | null {
  for (const [site, origins] of Object.entries(HOST_ORIGINS) as [HostSite, readonly string[]][]) {
    if (origins.some((origin) => new URL(origin).hostname === hostname)) return site;
  }
  return null;
}
