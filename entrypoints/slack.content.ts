import { startChecker } from '../lib/checker/start-site';
import { slackAdapter } from '../lib/hosts/slack';

export default defineContentScript({
  matches: ['https://app.slack.com/*'],
  main(ctx) {
    void startChecker(slackAdapter, ctx.signal).catch(() => undefined);
  },
});
