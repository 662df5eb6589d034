import { DRAFT_KINDS, type DraftKind, type Site } from '../analysis/types';
import { isSite } from '../hosts/site-origin';

/**
 * A per-site override's key: a site ("slack", "https://github.com") or a site and a kind of message ("slack:dm");
 * the more specific key wins.
 */
export type SiteKey = Site | `${Site}:${DraftKind}`;

/**
 * A preset's per-site key: a site, or a site and a kind ("slack:dm", "https://github.com:comment"). An origin
 * may hold a port ("https://host:8443"), so the kind is only what follows the last colon, and only a known kind.
 */
export function isSiteKey(value: unknown): value is SiteKey {
  if (typeof value !== 'string') return false;
  if (isSite(value)) return true;
  const colon = value.lastIndexOf(':');
  const kind = value.slice(colon + 1);
  return colon > 0 && (DRAFT_KINDS as readonly string[]).includes(kind) && isSite(value.slice(0, colon));
}
