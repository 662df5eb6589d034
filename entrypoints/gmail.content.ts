import { startChecker } from '../lib/checker/start-site';
import { gmailAdapter } from '../lib/hosts/gmail';
import { matchPatterns } from '../lib/hosts/origins';

export default defineContentScript({
  matches: matchPatterns('gmail'),
  main(ctx) {
    void startChecker(gmailAdapter, ctx.signal).catch(() => undefined);
  },
});
