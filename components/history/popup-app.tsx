import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Site, SiteOrigin } from '../../lib/analysis/types';
import { loadRecentWeeks } from '../../lib/history/load';
import { type StorageProblem, toHistoryError } from '../../lib/history/open';
import { sharedHistory } from '../../lib/history/shared-db';
import { siteForUrl } from '../../lib/history/sites';
import { historyProblemItem } from '../../lib/history/status';
import { summarizeWeeks, type WeekSummary } from '../../lib/history/summary';
import { historyTimeZone } from '../../lib/history/time-zone';
import { siteOriginOf } from '../../lib/hosts/site-origin';
import { sendMessage, sendToTab, type TabStatus } from '../../lib/messaging';
import { activePresetName, DEFAULT_SETTINGS, type Settings, settingsItem } from '../../lib/settings';
import { PopupView } from './popup-view';
import type { TabContext } from './tab-action';

/** Loads what the popup shows: the tab, the settings, this week's history; then keeps the switches live. */
export function PopupApp() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [tab, setTab] = useState<TabContext>({});
  const [presetName, setPresetName] = useState('');
  const [summary, setSummary] = useState<WeekSummary | null>(null);
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  const [seen, setSeen] = useState<TabStatus | null>(null);
  const [userSites, setUserSites] = useState<SiteOrigin[] | null>(null);
  // History waits for the settings: weeks follow the timezone set there, and a zone's totals are built on
  // first use, so a guess at the zone could build totals nobody reads.
  const [settingsRead, setSettingsRead] = useState(false);
  const timeZone = historyTimeZone(settings);

  useEffect(() => {
    performance.mark('clearsend:popup-history-start');
    void sharedHistory().catch(() => undefined); // open the database while the settings are read
    void settingsItem.getValue().then((read) => {
      setSettings(read);
      setSettingsRead(true);
    });
    void activePresetName().then(setPresetName);
    void historyProblemItem.getValue().then(setProblem);
    void sendMessage('listSites', {})
      .then(({ sites }) => setUserSites(sites))
      .catch(() => setUserSites([]));
    // Opened as a page (`popup.html?tab=<id>`, as the e2e tests do) the popup is itself the active tab.
    const asPage = Number(new URLSearchParams(location.search).get('tab'));
    void (
      asPage
        ? browser.tabs.get(asPage)
        : browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => t)
    ).then((active) => setTab({ tabId: active?.id, url: active?.url }));
    return settingsItem.watch((next) => setSettings(next ?? DEFAULT_SETTINGS));
  }, []);

  // Ask the tab's content script what it sees; a tab with none (not a host, or opened before install) says nothing.
  // A site the user turned on is checked like a built-in host; any other page is not (yet).
  const origin = siteOriginOf(tab.url);
  const site = siteForUrl(tab.url) ?? (origin && userSites?.includes(origin) ? origin : null);
  useEffect(() => {
    if (tab.tabId === undefined || site === null) return;
    void sendToTab(tab.tabId, 'tabStatus', {})
      .then((answer) => setSeen(answer ?? null))
      .catch(() => setSeen(null));
  }, [tab.tabId, site]);

  useEffect(() => {
    if (!settingsRead) return;
    sharedHistory()
      .then((db) => loadRecentWeeks(db, Date.now(), timeZone))
      .then((weeks) => setSummary(summarizeWeeks(weeks)))
      .catch((error: unknown) => setProblem(toHistoryError(error).problem));
  }, [timeZone, settingsRead]);

  // Measured by `npm run bench` against the 200 ms budget: reading the settings, opening history, reading
  // 12 weeks' totals, drawing.
  useEffect(() => {
    if (summary) performance.measure('clearsend:popup-history', 'clearsend:popup-history-start');
  }, [summary]);

  const save = (change: Partial<Settings>) => void settingsItem.setValue({ ...settings, ...change });
  const onPauseSite = (site: Site, paused: boolean) =>
    save({
      pausedSites: paused
        ? [...new Set([...settings.pausedSites, site])]
        : settings.pausedSites.filter((s) => s !== site),
    });

  return (
    <PopupView
      site={site}
      tab={{ ...tab, userSites, onUserSites: setUserSites }}
      pause={settings}
      seen={seen}
      presetName={presetName}
      summary={summary}
      problem={problem}
      timeZone={timeZone}
      onPauseAll={(paused) => save({ paused })}
      onPauseSite={onPauseSite}
      onOpenReport={() =>
        void browser.tabs.create({ url: browser.runtime.getURL('/report.html') }).then(() => window.close())
      }
      onOpenOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
    />
  );
}
