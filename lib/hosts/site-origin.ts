// How a site the user turned Clearsend on for is named: its https origin. The schemas of presets and history
// read it, so it stays small and free of the browser API.
import { SITES, type Site, type SiteOrigin } from '../analysis/types';
import { siteForHostname } from './origins';

// Lowercase host labels and an optional port: what `new URL(...).origin` gives for an https page.
const ORIGIN = /^https:\/\/[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/;

/** Whether `value` is an https origin as the browser writes it ("https://github.com", no path, no slash). */
export function isSiteOrigin(value: unknown): value is SiteOrigin {
  return typeof value === 'string' && value.length <= 260 && ORIGIN.test(value);
}

/** A built-in site's name, or the https origin of a site the user turned Clearsend on for. */
export function isSite(value: unknown): value is Site {
  return (SITES as readonly unknown[]).includes(value) || isSiteOrigin(value);
}

/**
 * The origin a page at `url` would be turned on under, or null: only https pages, and never one of the built-in
 * hosts (they keep their own adapters and are on from install).
 */
export function siteOriginOf(url: string | undefined): SiteOrigin | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' || siteForHostname(parsed.hostname)) return null;
    return isSiteOrigin(parsed.origin) ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** The match pattern that covers every page of `origin` (a port is not part of a match pattern). */
export function originPattern(origin: SiteOrigin): string {
  return `https://${new URL(origin).hostname}/*`;
}

/** The host name people know a site by ("github.com"). */
export function originLabel(origin: SiteOrigin): string {
  return new URL(origin).host;
}
