import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { HistoryExport } from '../../lib/history/exchange';
import type { Session } from './harness';
import { openPopupFor } from './popup';
import { reviewFromPopup } from './review-tab';

/**
 * The extension's own pages, each opened in the state a user sees it in, for the accessibility e2e test and the
 * gallery (`npm run gallery`) alike. Each waits until the page has drawn what it shows.
 */
export type Scheme = 'light' | 'dark';

export const STATUS_UPDATE_URL = 'https://docs.example.com/platform/status-week-12';

/** Opens an extension page at a viewport width, in a colour scheme, and waits for `ready`. */
export async function openExtensionPage(
  session: Session,
  path: string,
  ready: string,
  { scheme = 'light', width = 1000 }: { scheme?: Scheme; width?: number } = {},
): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width, height: 720 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  await page.locator(ready).first().waitFor();
  return page;
}

/** The report page once it has drawn its data tools (import, export, delete). */
export async function openReport(session: Session): Promise<Page> {
  const report = await session.extensionPage('report.html');
  await report.locator('.data-tools').waitFor();
  return report;
}

/** The popup once it has drawn this week, or the empty state. */
export async function openPopupPage(session: Session): Promise<Page> {
  const popup = await session.extensionPage('popup.html');
  await popup.locator('.week, .empty-state').first().waitFor();
  return popup;
}

/** The popup as a toolbar popup is drawn: its own width, over the tab it is about (when one is given). */
export async function openPopup(session: Session, scheme: Scheme, over?: Page): Promise<Page> {
  const popup = over ? await openPopupFor(session, over) : await session.extensionPage('popup.html');
  await popup.setViewportSize({ width: 392, height: 600 });
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.locator('.week, .empty-state').first().waitFor();
  return popup;
}

/** Imports a history file through the report page's own import, as a user restoring an export does. */
export async function importHistory(session: Session, file: HistoryExport): Promise<void> {
  const report = await openReport(session);
  const path = join(mkdtempSync(join(tmpdir(), 'clearsend-history-')), 'history.json');
  writeFileSync(path, JSON.stringify(file));
  await report.locator('.data-tools input[type=file]').setInputFiles(path);
  const outcome = report.locator('.data-tools').getByText(/^(Imported|Nothing was imported)/);
  await outcome.waitFor();
  const said = (await outcome.textContent()) ?? '';
  if (!said.startsWith('Imported')) throw new Error(`The history import was refused: ${said}`);
  await report.close();
}

/** "Review this page" on the status-update article; the review tab, in a colour scheme. */
export async function openReview(session: Session, scheme: Scheme): Promise<Page> {
  const article = await session.openHost(STATUS_UPDATE_URL);
  const review = await reviewFromPopup(session, article);
  await review.setViewportSize({ width: 1000, height: 720 });
  await review.emulateMedia({ colorScheme: scheme });
  await review.locator('.item').first().waitFor();
  await article.close();
  return review;
}
