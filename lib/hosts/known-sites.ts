import type { SiteOrigin } from '../analysis/types';

/**
 * Sites Clearsend has notes for on top of the generic adapter (lib/hosts/user-site.ts), by host name: the popup
 * offers them by name. Kept apart from the adapters so the popup does not load them.
 */
const KNOWN_SITES: Record<string, string> = {};

/** The name of a site Clearsend has its own notes for ("Outlook on the web"), or null. */
export function knownSiteName(origin: SiteOrigin): string | null {
  return KNOWN_SITES[new URL(origin).hostname] ?? null;
}
