import { startChecker } from '../lib/checker/start-site';
import { notionAdapter } from '../lib/hosts/notion';
import { matchPatterns } from '../lib/hosts/origins';

export default defineContentScript({
  matches: matchPatterns('notion'),
  main(ctx) {
    void startChecker(notionAdapter, ctx.signal).catch(() => undefined);
  },
});
