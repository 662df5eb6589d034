import { browser } from 'wxt/browser';
import { syncManagedPolicy } from './managed';
import { type FetchDeps, refreshAllSubscriptions } from './subscriptions';

export const REFRESH_ALARM = 'clearsend:preset-refresh';
const DAY_MINUTES = 24 * 60;

/**
 * The background's part in presets: keep the copy of the administrator's policy current, and check every
 * subscribed preset URL once a day. Nothing is fetched unless the user subscribed to that URL.
 */
export function startPresetSubscriptions(deps: FetchDeps = {}): void {
  void syncManagedPolicy().catch(() => undefined);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void syncManagedPolicy().catch(() => undefined);
  });
  void browser.alarms.get(REFRESH_ALARM).then((existing) => {
    if (!existing)
      void browser.alarms.create(REFRESH_ALARM, { delayInMinutes: 1, periodInMinutes: DAY_MINUTES });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void refreshAllSubscriptions(deps).catch(() => undefined);
  });
}
