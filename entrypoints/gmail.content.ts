import { startChecker } from '../lib/checker/start-site';
import { gmailAdapter } from '../lib/hosts/gmail';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  main(ctx) {
    void startChecker(gmailAdapter, ctx.signal).catch(() => undefined);
  },
});
