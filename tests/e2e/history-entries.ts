import { readFileSync } from 'node:fs';
import type { HistoryExport } from '../../lib/history/exchange';
import type { HistoryEntry } from '../../lib/history/types';
import type { Session } from './harness';

/** Every history entry, as the report page's "Export JSON" gives them. */
export async function historyEntries(session: Session): Promise<HistoryEntry[]> {
  const report = await session.extensionPage('report.html');
  await report.locator('.data-tools').waitFor();
  const [download] = await Promise.all([
    report.waitForEvent('download'),
    report.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const entries = (JSON.parse(readFileSync((await download.path())!, 'utf8')) as HistoryExport).entries;
  await report.close();
  return entries;
}
