import type { SiteOrigin } from '../analysis/types';
import { siteOriginOf } from '../hosts/site-origin';
import { subscriptionsItem } from '../presets/library';

// The browser's granted host permissions are the record of the sites the user turned Clearsend on for: the popup
// asks for https://host/* at that moment, Remove gives it back, and a grant outlives an update (registered scripts
// do not: reconcile.ts). One other thing asks for the same permission: subscribing to a preset URL
// (components/options/subscribe-ports.ts), so a host a subscribed preset is fetched from is not taken for a site.

/**
 * The sites the grants say the user turned on: each granted `https://host/*` that is not a built-in host (the
 * manifest's) nor the host of a subscribed preset (`presetUrls`). Sorted, each once. A site turned on at a port
 * comes back as its host: a grant, like the match pattern it is registered with, has no port.
 */
export function sitesOfGrants(granted: readonly string[], presetUrls: readonly string[]): SiteOrigin[] {
  const presetHosts = new Set(presetUrls.map(hostnameOf));
  const sites = granted.flatMap((pattern) => {
    const host = /^https:\/\/([^/*]+)\/\*$/.exec(pattern)?.[1];
    const origin = host && !presetHosts.has(host) ? siteOriginOf(`https://${host}/`) : null;
    return origin ?? [];
  });
  return [...new Set(sites)].sort();
}

/** Where the subscribed presets are fetched from. */
export async function subscribedPresetUrls(): Promise<string[]> {
  return Object.values(await subscriptionsItem.getValue()).map(({ url }) => url);
}

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
