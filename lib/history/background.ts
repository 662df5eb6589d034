import { browser } from 'wxt/browser';
import { analyze } from '../analysis/analyze';
import type { Handlers } from '../messaging';
import { activeConfigFor, settingsItem } from '../settings';
import { purgeExpiredText } from './record';
import { recordSend } from './record-send';
import { sharedHistory } from './shared-db';
import { historyTimeZone } from './time-zone';

const PURGE_ALARM = 'clearsend-history-purge';
const PURGE_EVERY_MINUTES = 6 * 60;

/** `recordSend`: the background scores the draft with the writer's active settings, so the number recorded is
 *  the number they saw, and stores its metrics. Never rejects: a storage failure only means "not recorded". */
export const historyHandlers: Handlers = {
  recordSend: async ({ draft, key, fixes }) => {
    const settings = await settingsItem.getValue();
    const report = analyze(draft, await activeConfigFor({ site: draft.site, kind: draft.kind }));
    const recorded = await recordSend(sharedHistory(), draft, report, {
      key,
      fixes,
      time: Date.now(),
      timeZone: historyTimeZone(settings),
      keepFlaggedText: settings.keepFlaggedText,
    });
    return { recorded };
  },
};

/** The welcome page once on install, and the purge of kept text past its seven days. */
export function startHistory(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  const purge = () =>
    void sharedHistory()
      .then((db) => purgeExpiredText(db, Date.now()))
      .catch(() => undefined);
  void browser.alarms.get(PURGE_ALARM).then((existing) => {
    if (!existing)
      void browser.alarms.create(PURGE_ALARM, { delayInMinutes: 1, periodInMinutes: PURGE_EVERY_MINUTES });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PURGE_ALARM) purge();
  });
  purge();
}
