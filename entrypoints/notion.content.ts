import { startChecker } from '../lib/checker/start-site';
import { notionAdapter } from '../lib/hosts/notion';

export default defineContentScript({
  matches: ['https://www.notion.so/*'],
  main(ctx) {
    void startChecker(notionAdapter, ctx.signal).catch(() => undefined);
  },
});
