import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Site } from '../../lib/analysis/types';
import { chosenSendersItem } from '../../lib/backfill/chosen-senders';
import { BackfillClient } from '../../lib/backfill/client';
import { historyToCsv } from '../../lib/history/csv';
import { exportHistory } from '../../lib/history/exchange';
import { importHistoryFile } from '../../lib/history/import-file';
import { type FullHistory, loadAllWeeks } from '../../lib/history/load';
import { type StorageProblem, toHistoryError } from '../../lib/history/open';
import { deleteAllHistory } from '../../lib/history/record';
import { sharedHistory } from '../../lib/history/shared-db';
import { historyTimeZone } from '../../lib/history/time-zone';
import type { HistoryDb } from '../../lib/history/types';
import { HOST_SITES } from '../../lib/hosts/origins';
import { settingsItem } from '../../lib/settings';
import { download } from '../common/download';
import { BackfillPanel } from './backfill-panel';
import { outcomeText, progressText } from './import-text';
import { type RuleExample, siteChoices } from './report-model';
import { ReportView } from './report-view';

/** Loads the whole history (or one site's), keeps the chosen week, and runs export, import and delete. */
export function ReportApp({ rules }: { rules: RuleExample[] }) {
  const [timeZone, setTimeZone] = useState<string | null>(null);
  const [site, setSite] = useState<Site | null>(null);
  // Read from the whole history: once narrowed to one site, the others must stay choosable.
  const [sites, setSites] = useState<readonly Site[]>(HOST_SITES);
  const [history, setHistory] = useState<FullHistory | null>(null);
  const [total, setTotal] = useState(0);
  const [selected, setSelected] = useState(-1);
  const [problem, setProblem] = useState<StorageProblem | null>(null);

  useEffect(() => {
    void settingsItem.getValue().then((s) => setTimeZone(historyTimeZone(s)));
  }, []);

  const withDb = useCallback(async <T,>(work: (db: HistoryDb) => Promise<T>): Promise<T | undefined> => {
    try {
      return await work(await sharedHistory());
    } catch (error) {
      setProblem(toHistoryError(error).problem);
      return undefined;
    }
  }, []);

  const reload = useCallback(async () => {
    if (!timeZone) return;
    await withDb(async (db) => {
      const loaded = await loadAllWeeks(db, Date.now(), timeZone, site ?? undefined);
      setTotal(await db.count('entries'));
      setHistory(loaded);
      if (!site) setSites(siteChoices(loaded));
      setSelected((current) =>
        current < 0 || current >= loaded.weeks.length ? loaded.weeks.length - 1 : current,
      );
    });
  }, [timeZone, site, withDb]);

  useEffect(() => void reload(), [reload]);

  const onExport = (format: 'json' | 'csv') =>
    void withDb(async (db) => {
      const entries = await db.getAllFromIndex('entries', 'time');
      const body =
        format === 'json'
          ? JSON.stringify(exportHistory(entries, Date.now()), null, 2)
          : historyToCsv(entries);
      download(`clearsend-history.${format}`, body, format === 'json' ? 'application/json' : 'text/csv');
    });

  // The file is read, checked and written in a worker (lib/history/import-worker.ts): the page only shows
  // progress, then reloads what it displays.
  const onImport = async (file: File, progress: (message: string) => void) => {
    const outcome = await importHistoryFile(file, (at) => progress(progressText(at)));
    if (outcome.type === 'imported') await reload();
    return outcomeText(outcome);
  };

  const onDeleteAll = async () => {
    await withDb(deleteAllHistory);
    // The addresses and Slack names chosen in earlier imports are the user's too: they go with the history.
    await chosenSendersItem.removeValue();
    setSelected(-1);
    await reload();
  };

  return (
    <ReportView
      history={history}
      problem={problem}
      rules={rules}
      timeZone={timeZone ?? 'UTC'}
      site={site}
      sites={sites}
      selected={selected}
      onSelect={setSelected}
      onSite={setSite}
      total={total}
      onExport={onExport}
      onImport={onImport}
      onDeleteAll={onDeleteAll}
      backfill={
        <BackfillPanel
          timeZone={timeZone ?? 'UTC'}
          startClient={(onEvent) => new BackfillClient(onEvent)}
          onImported={reload}
        />
      }
    />
  );
}
