import { browser } from 'wxt/browser';
import type { SiteOrigin } from '../analysis/types';
import { KNOWN_SITES, type KnownSitesTable } from '../hosts/known-sites';
import { sitesOfGrants, subscribedPresetUrls } from './grants';
import { originOfScriptId, type SiteRegistration, siteRegistration, userSiteScript } from './script';

// After an install or an update, each site the user turned on runs the script this release gives it. An update
// takes the registrations away (Chromium clears an extension's stored script patterns when a new version
// installs, UserScriptManager::OnExtensionWillBeInstalled; Firefox clears its ExtensionScriptingStore on
// ADDON_UPGRADE) but keeps the grants, and the grants are the record of the sites turned on (grants.ts): each one
// with no registration is registered again, with the table's script: Outlook's for an origin the table has
// learned since, the generic one for an origin it no longer lists. Should a browser keep the registrations over
// an update, one registered with another script than the table's is pointed at the table's. Only scripts change:
// no permission is asked for or given back, a subscribed preset's host is never registered, and a site whose
// access the user withdrew in the browser stays off.

/** What a registration holds that the reconciliation reads: getRegisteredContentScripts' answer. */
export interface RegisteredScript {
  id: string;
  js?: string[];
}

/** One change to the registrations of the sites the user turned on. */
export type ScriptChange =
  | { kind: 'register'; origin: SiteOrigin; script: SiteRegistration }
  | { kind: 'update'; origin: SiteOrigin; id: string; js: [string]; was: string[] };

/**
 * The changes that bring the registrations in line with `table`, for the sites the user turned on and still
 * grants (`granted`: the browser's granted match patterns; `presetUrls`: where subscribed presets are fetched
 * from, whose grants are not sites). Pure: the same inputs give the same changes, and once they are made there
 * are none.
 */
export function scriptChanges(
  registered: readonly RegisteredScript[],
  granted: readonly string[],
  presetUrls: readonly string[],
  table: KnownSitesTable = KNOWN_SITES,
): ScriptChange[] {
  const isGranted = (origin: SiteOrigin) => granted.some((pattern) => patternCovers(pattern, origin));
  const changes: ScriptChange[] = [];
  // By host: a registration made for a site at a port covers its host's pages, as the grant does.
  const present = new Set<string>();
  for (const { id, js = [] } of registered) {
    const origin = originOfScriptId(id);
    if (!origin) continue; // Not a site of ours.
    present.add(new URL(origin).hostname);
    if (!isGranted(origin)) continue; // The user took its access back in the browser: left as it is.
    const want = userSiteScript(origin, table);
    const was = js.map(extensionPath);
    if (was.length !== 1 || was[0] !== want) changes.push({ kind: 'update', origin, id, js: [want], was });
  }
  for (const origin of sitesOfGrants(granted, presetUrls)) {
    if (!present.has(new URL(origin).hostname))
      changes.push({ kind: 'register', origin, script: siteRegistration(origin, table) });
  }
  return changes;
}

/**
 * Makes the changes scriptChanges finds, one registration at a time, so one that fails (the user removed the
 * site meanwhile, or turned it on again first) does not hold up the rest. The changes made.
 */
export async function reconcileUserSiteScripts(): Promise<ScriptChange[]> {
  const [registered, { origins = [] }, presetUrls] = await Promise.all([
    browser.scripting.getRegisteredContentScripts(),
    browser.permissions.getAll(),
    subscribedPresetUrls(),
  ]);
  const made: ScriptChange[] = [];
  for (const change of scriptChanges(registered, origins, presetUrls)) {
    const done = await (change.kind === 'register'
      ? browser.scripting.registerContentScripts([change.script])
      : browser.scripting.updateContentScripts([{ id: change.id, js: change.js }])
    )
      .then(() => true)
      .catch(() => false);
    if (done) made.push(change);
  }
  return made;
}

/** A script's path inside the extension, as registered, whether the browser answers it so or as a full URL. */
function extensionPath(file: string): string {
  return file.replace(/^[a-z-]+-extension:\/\/[^/]+\//, '').replace(/^\//, '');
}

/** Whether the granted match `pattern` lets the extension into `origin`'s pages. */
function patternCovers(pattern: string, origin: SiteOrigin): boolean {
  if (pattern === '<all_urls>') return true;
  const parts = /^(\*|https):\/\/([^/]+)\//.exec(pattern);
  if (!parts) return false;
  const host = new URL(origin).hostname;
  const granted = parts[2] ?? '';
  if (granted === '*') return true;
  if (granted.startsWith('*.')) return host === granted.slice(2) || host.endsWith(granted.slice(1));
  return host === granted;
}
