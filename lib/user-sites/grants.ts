import { browser } from 'wxt/browser';
import type { SiteOrigin } from '../analysis/types';
import { siteOriginOf } from '../hosts/site-origin';
import { subscriptionsItem } from '../presets/library';
import { originOfScriptId } from './script';

// The browser's granted host permissions are the record of the sites the user turned Clearsend on for: the popup
// asks for https://host/* at that moment, Remove gives it back, and a grant outlives an update (registered scripts
// do not: reconcile.ts). One other thing asks for the same permission: subscribing to a preset URL
// (components/options/subscribe-ports.ts), so a host a subscribed preset is fetched from is not taken for a site,
// and unsubscribing gives its grant back unless Clearsend still uses it there.

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

/**
 * After a preset subscribed from `url` is unsubscribed: the grant its subscription asked for goes back to the
 * browser, unless another subscribed preset comes from that host or the user turned Clearsend on there. True
 * when it went back.
 */
export async function releasePresetGrant(url: string): Promise<boolean> {
  const host = hostnameOf(url);
  const [presets, registered] = await Promise.all([
    subscribedPresetUrls(),
    browser.scripting.getRegisteredContentScripts(),
  ]);
  const siteThere = registered.some(({ id }) => hostnameOf(originOfScriptId(id) ?? '') === host);
  if (siteThere || presets.some((other) => hostnameOf(other) === host)) return false;
  return browser.permissions.remove({ origins: [`${new URL(url).protocol}//${host}/*`] }).catch(() => false);
}

/** Whether a subscribed preset is fetched from `origin`'s host, so its grant must stay when the site is removed. */
export async function presetUsesHost(origin: SiteOrigin): Promise<boolean> {
  const host = hostnameOf(origin);
  return (await subscribedPresetUrls()).some((url) => hostnameOf(url) === host);
}

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
