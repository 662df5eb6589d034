import { KNOWN_SITES, knownSiteAt } from '../../lib/hosts/known-sites';
import { siteOriginOf } from '../../lib/hosts/site-origin';
import type { PopupAction } from '../history/tab-action';
import { CheckSiteButton } from './check-site-button';

/**
 * "Check messages on this site" on any https page Clearsend does not check yet (`POPUP_ACTIONS`); on a site it has
 * notes for, it says so, since that is what turning it on there gives.
 */
export const checkSiteAction: PopupAction = {
  id: 'check-site',
  render: (tab) => {
    const origin = siteOriginOf(tab.url);
    if (!origin || !tab.userSites || tab.userSites.includes(origin)) return null;
    const known = knownSiteAt(origin);
    const offer = known && `Clearsend knows ${KNOWN_SITES[known].product}: ${KNOWN_SITES[known].reads}.`;
    return (
      <CheckSiteButton
        origin={origin}
        tabId={tab.tabId}
        offer={offer || undefined}
        onEnabled={(sites) => tab.onUserSites?.(sites)}
      />
    );
  },
};
