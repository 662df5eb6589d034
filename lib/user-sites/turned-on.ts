import { storage } from 'wxt/utils/storage';
import type { SiteOrigin } from '../analysis/types';
import { isSiteOrigin } from '../hosts/site-origin';

// The sites the user turned Clearsend on for, kept so they can be registered again after an update. The
// browser's list of registered scripts stays what the popup and options read (lib/user-sites/registry.ts), but
// it does not outlive an update: Chromium drops an extension's registered scripts when a new version installs
// (UserScriptManager::OnExtensionWillBeInstalled clears their stored patterns, so none is loaded again) and
// Firefox clears them on ADDON_UPGRADE (ExtensionScriptingStore.initExtension). The user's grants do survive.
// This list is what was turned on; the grant says whether it still may run (reconcile.ts).

export const turnedOnSitesItem = storage.defineItem<SiteOrigin[]>('local:userSites', {
  fallback: [],
  version: 1,
});

/** The sites on the list: only https origins, each once, sorted (whatever the stored value holds). */
export async function turnedOnSites(): Promise<SiteOrigin[]> {
  const stored: unknown = await turnedOnSitesItem.getValue();
  return Array.isArray(stored) ? [...new Set(stored.filter(isSiteOrigin))].sort() : [];
}

export async function rememberSite(origin: SiteOrigin): Promise<void> {
  const sites = await turnedOnSites();
  if (!sites.includes(origin)) await turnedOnSitesItem.setValue([...sites, origin].sort());
}

export async function forgetSite(origin: SiteOrigin): Promise<void> {
  const sites = await turnedOnSites();
  if (sites.includes(origin)) await turnedOnSitesItem.setValue(sites.filter((site) => site !== origin));
}
