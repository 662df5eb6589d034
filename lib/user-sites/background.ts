import type { Handlers } from '../messaging';
import { disableUserSite, enableUserSite, listUserSites } from './registry';

/** The background's part in turning Clearsend on and off for the user's own sites. */
export const userSiteHandlers: Handlers = {
  enableSite: async ({ origin, tabId }) => {
    await enableUserSite(origin, tabId);
    return { sites: await listUserSites() };
  },
  disableSite: async ({ origin }) => {
    await disableUserSite(origin);
    return { sites: await listUserSites() };
  },
  listSites: async () => ({ sites: await listUserSites() }),
};
