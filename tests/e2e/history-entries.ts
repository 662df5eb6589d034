import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { HistoryExport } from '../../lib/history/exchange';
import type { HistoryEntry } from '../../lib/history/types';
import type { Session } from './harness';
import { openReport } from './surfaces';

/** The file the report page's "Export JSON" downloads, read back. */
export async function exportHistory(report: Page): Promise<HistoryExport> {
  const [download] = await Promise.all([
    report.waitForEvent('download'),
    report.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  return JSON.parse(readFileSync((await download.path())!, 'utf8')) as HistoryExport;
}

/** Every history entry, as the report page's "Export JSON" gives them. */
export async function historyEntries(session: Session): Promise<HistoryEntry[]> {
  const report = await openReport(session);
  const { entries } = await exportHistory(report);
  await report.close();
  return entries;
}
