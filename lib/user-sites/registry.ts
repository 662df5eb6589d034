import { browser } from 'wxt/browser';
import type { SiteOrigin } from '../analysis/types';
import { isSiteOrigin, originPattern, siteOriginOf } from '../hosts/site-origin';
import { presetUsesHost } from './grants';
import { originOfScriptId, scriptIdFor, siteRegistration } from './script';

/**
 * Turns Clearsend on for `origin`, whose permission the user has just granted (the popup asks, in the click):
 * registers the content script for its pages, kept across browser restarts (after an update, the grant brings it
 * back: grants.ts), and starts it in `tabId` now, so the page being looked at is checked without a reload.
 * Refuses, naming why, an origin that is not a plain https one, a built-in host, or one the browser has not
 * granted.
 */
export async function enableUserSite(origin: string, tabId?: number): Promise<void> {
  if (!isSiteOrigin(origin) || siteOriginOf(`${origin}/`) !== origin)
    throw new Error(
      `Clearsend: "${origin}" is not a site it can be turned on for (an https origin, not Gmail, Slack or Notion)`,
    );
  const pattern = originPattern(origin);
  if (!(await browser.permissions.contains({ origins: [pattern] })))
    throw new Error(`Clearsend: the browser has not granted access to ${origin}`);
  const registration = siteRegistration(origin);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [registration.id] });
  if (registered.length === 0) await browser.scripting.registerContentScripts([registration]);
  if (tabId !== undefined)
    await browser.scripting
      .executeScript({ target: { tabId }, files: registration.js })
      .catch(() => undefined);
}

/**
 * Turns Clearsend off for `origin`: its script is unregistered (the checker in open tabs stays until they
 * reload) and the permission goes back to the browser, unless a subscribed preset is fetched from that host (the
 * same grant: grants.ts). True when there was something to remove.
 */
export async function disableUserSite(origin: string): Promise<boolean> {
  if (!isSiteOrigin(origin)) throw new Error(`Clearsend: "${origin}" is not an https origin`);
  // The permission first: when the browser refuses to give it back, the site stays as it was, fully on.
  const removed =
    !(await presetUsesHost(origin)) &&
    (await browser.permissions.remove({ origins: [originPattern(origin)] }));
  const id = scriptIdFor(origin);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (registered.length) await browser.scripting.unregisterContentScripts({ ids: [id] });
  return registered.length > 0 || removed;
}

/** The sites the user turned Clearsend on for, from the browser's own list of registered scripts. */
export async function listUserSites(): Promise<SiteOrigin[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.flatMap(({ id }) => originOfScriptId(id) ?? []).sort();
}
