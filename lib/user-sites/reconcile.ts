import { browser } from 'wxt/browser';
import type { SiteOrigin } from '../analysis/types';
import { KNOWN_SITES, type KnownSitesTable } from '../hosts/known-sites';
import { originOfScriptId, userSiteScript } from './script';

// A site the user turned on keeps the script it was registered with until something changes it: one turned on
// before its own adapter existed (or before the table listed that origin) would run the generic script for good.
// After an install or an update the registrations are brought in line with the table, so each site the user
// turned on runs the script this release gives it. Only the script changes: the registration's id, matches and
// persistence stay, the permission is the user's and is neither asked for nor given back, and an origin with
// no registration of ours (a preset URL's grant, say) is never registered.

/** What a registration holds that the reconciliation reads: getRegisteredContentScripts' answer. */
export interface RegisteredScript {
  id: string;
  js?: string[];
}

/** One registration to point at another script. */
export interface ScriptChange {
  id: string;
  origin: SiteOrigin;
  /** The script the table gives the origin. */
  js: [string];
  /** What it was registered with. */
  was: string[];
}

/**
 * The registrations whose script is not the one `table` gives their origin, among the sites the user turned on
 * (a registration of ours) and still grants (`granted`: the browser's granted match patterns). Pure: the same
 * inputs give the same changes, and once they are made there are none.
 */
export function scriptChanges(
  registered: readonly RegisteredScript[],
  granted: readonly string[],
  table: KnownSitesTable = KNOWN_SITES,
): ScriptChange[] {
  const changes: ScriptChange[] = [];
  for (const { id, js = [] } of registered) {
    const origin = originOfScriptId(id);
    // Not a site of ours, or one whose access the user has taken back in the browser: left as it is.
    if (!origin || !granted.some((pattern) => patternCovers(pattern, origin))) continue;
    const want = userSiteScript(origin, table);
    const was = js.map(extensionPath);
    if (was.length === 1 && was[0] === want) continue;
    changes.push({ id, origin, js: [want], was });
  }
  return changes;
}

/**
 * Points each site the user turned on at the script the table gives it (scriptChanges), one registration at a
 * time so one that went away meanwhile (the user removed the site) does not hold up the rest. The changes made.
 */
export async function reconcileUserSiteScripts(): Promise<ScriptChange[]> {
  const [registered, { origins = [] }] = await Promise.all([
    browser.scripting.getRegisteredContentScripts(),
    browser.permissions.getAll(),
  ]);
  const made: ScriptChange[] = [];
  for (const change of scriptChanges(registered, origins)) {
    const done = await browser.scripting
      .updateContentScripts([{ id: change.id, js: change.js }])
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
