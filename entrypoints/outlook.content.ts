import { startChecker } from '../lib/checker/start-site';
import { outlookAdapter } from '../lib/hosts/outlook';
import { siteOriginOf } from '../lib/hosts/site-origin';

// Registered at run time (lib/user-sites) for Outlook's origins once the user turns Clearsend on there: the
// generic script with Outlook's adapter in place of the generic one (lib/hosts/known-sites.ts).
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const site = siteOriginOf(location.href);
    if (site) void startChecker(outlookAdapter(site), ctx.signal).catch(() => undefined);
  },
});
