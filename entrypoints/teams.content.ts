import { startChecker } from '../lib/checker/start-site';
import { siteOriginOf } from '../lib/hosts/site-origin';
import { teamsAdapter } from '../lib/hosts/teams';

// Registered at run time (lib/user-sites) for Teams' origins once the user turns Clearsend on there: the generic
// script with Teams' adapter in place of the generic one (lib/hosts/known-sites.ts).
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const site = siteOriginOf(location.href);
    if (site) void startChecker(teamsAdapter(site), ctx.signal).catch(() => undefined);
  },
});
