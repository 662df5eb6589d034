import { startChecker } from '../lib/checker/start-site';
import { userSiteAdapter } from '../lib/hosts/user-site';

// Registered at run time (lib/user-sites) for each site the user turned Clearsend on for, never in the manifest.
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const adapter = userSiteAdapter(location.href);
    if (adapter) void startChecker(adapter, ctx.signal).catch(() => undefined);
  },
});
