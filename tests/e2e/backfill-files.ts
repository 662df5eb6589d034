import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { shiftWeek, startOfWeek } from '../../lib/history/calendar';
import { mbox, slackExport } from '../fixtures/exports/generate';

const HOUR = 3_600_000;

/** Monday 10:00 of the week `weeksAgo` weeks before this one, in `zone`. */
export function mondayAt10(weeksAgo: number, zone: string, now = Date.now()): number {
  return shiftWeek(startOfWeek(now, zone), -weeksAgo, zone) + 10 * HOUR;
}

/** Generated exports (no real people's mail) written to a temp folder, for the file picker. */
export function writeExports(files: Record<string, string | Uint8Array>): {
  paths: string[];
  remove(): void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'clearsend-backfill-'));
  const paths = Object.entries(files).map(([name, body]) => {
    const path = join(dir, name);
    writeFileSync(path, body);
    return path;
  });
  return { paths, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An mbox of `count` mails one a day from `start`, every 7th from Ben (not the user). */
export const sentMbox = (count: number, start: number) => mbox(count, { start, benEvery: 7 });
/** A Slack export of `count` messages, 4 a day from `start`, half of them by Alma (the user). */
export const slackZip = (count: number, start: number) => slackExport(count, ['general', 'eng'], 4, start);

/** Picks the files in "Import sent messages" and waits until the senders are listed. */
export async function pickExports(report: Page, paths: string[]): Promise<void> {
  await report.locator('.backfill input[type=file][multiple]').setInputFiles(paths);
  await report.locator('.backfill').getByText('Whose messages are yours?').waitFor({ timeout: 60_000 });
}

/** The backfill's last sentence (its summary, or the refusal), once it shows. */
export async function backfillOutcome(report: Page, timeout = 60_000): Promise<string> {
  const ended = report.locator('.backfill').locator('p.good, p.notice');
  await ended.waitFor({ timeout });
  return (await ended.textContent()) ?? '';
}
