import { siteOriginOf } from '../../lib/hosts/site-origin';
import type { PopupAction } from '../history/tab-action';
import { CheckSiteButton } from './check-site-button';

/** "Check messages on this site" on any https page Clearsend does not check yet (`POPUP_ACTIONS`). */
export const checkSiteAction: PopupAction = {
  id: 'check-site',
  render: (tab) => {
    const origin = siteOriginOf(tab.url);
    if (!origin || !tab.userSites || tab.userSites.includes(origin)) return null;
    return (
      <CheckSiteButton origin={origin} tabId={tab.tabId} onEnabled={(sites) => tab.onUserSites?.(sites)} />
    );
  },
};
