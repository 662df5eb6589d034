import { browser } from 'wxt/browser';
import { analyze } from '../analysis/analyze';
import type { Handlers } from '../messaging';
import { activeConfigFor, settingsItem } from '../settings';
import { recordSend } from './record-send';
import { sharedHistory } from './shared-db';
import { type TextHasher, textHasher } from './text-hash';
import { textSalt } from './text-salt';
import { historyTimeZone } from './time-zone';

/** The alarm releases before version 5 of history set to purge kept text; there is no kept text now. */
const OLD_PURGE_ALARM = 'clearsend-history-purge';

let hasher: Promise<TextHasher> | undefined;

/** The sent text's hash; none when the salt cannot be read, and the send is recorded without one (as before). */
async function hashOfSent(text: string): Promise<string | undefined> {
  hasher ??= textSalt().then(textHasher);
  try {
    return await (await hasher)(text);
  } catch {
    hasher = undefined;
    return undefined;
  }
}

/** `recordSend`: the background scores the draft with the writer's active settings, so the number recorded is
 *  the number they saw, and stores its metrics and the salted hash of its text (here, where the text already is:
 *  never in the page). Never rejects: a storage failure only means "not recorded". */
export const historyHandlers: Handlers = {
  recordSend: async ({ draft, key, fixes }) => {
    const settings = await settingsItem.getValue();
    const report = analyze(draft, await activeConfigFor({ site: draft.site, kind: draft.kind }));
    const textHash = await hashOfSent(draft.text);
    const recorded = await recordSend(sharedHistory(), draft, report, {
      key,
      fixes,
      time: Date.now(),
      timeZone: historyTimeZone(settings),
      ...(textHash ? { textHash } : {}),
    });
    return { recorded };
  },
};

/** The welcome page once on install. */
export function startHistory(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  void browser.alarms.clear(OLD_PURGE_ALARM).catch(() => undefined);
}
