import { startChecker } from '../lib/checker/start-site';
import { matchPatterns } from '../lib/hosts/origins';
import { slackAdapter } from '../lib/hosts/slack';

export default defineContentScript({
  matches: matchPatterns('slack'),
  main(ctx) {
    void startChecker(slackAdapter, ctx.signal).catch(() => undefined);
  },
});
