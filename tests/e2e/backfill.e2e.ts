import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { dateLabel } from '../../lib/analysis/facts/format-date';
import { userTimeZone } from '../../lib/history/calendar';
import { slackExport } from '../fixtures/exports/generate';
import { backfillOutcome, mondayAt10, pickExports, sentMbox, slackZip, writeExports } from './backfill-files';
import { launchWithExtension, REPEATS, type Session } from './harness';

const ZONE = userTimeZone();
const DAY = 86_400_000;

/** Each week the report page lists, as "Week of 2 Nov (6 messages)". */
async function reportWeeks(report: Page): Promise<string[]> {
  return report.locator('.pickers select').first().locator('option').allTextContents();
}

async function recorded(report: Page): Promise<string> {
  return (await report.locator('.data-tools p.muted').textContent()) ?? '';
}

/** The popup's 12-week trend, as its table gives it to screen readers: the weeks that have messages. */
async function popupTrendWeeks(session: Session): Promise<string[]> {
  const popup = await session.extensionPage('popup.html');
  await popup.locator('.week').waitFor();
  const rows = await popup
    .locator('figure', { hasText: 'Average score, last 12 weeks' })
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('th')?.textContent, tr.querySelector('td')?.textContent]),
    );
  await popup.close();
  expect(rows).toHaveLength(12);
  return rows.filter(([, value]) => value !== 'no messages').map(([label]) => label ?? '');
}

describe('importing sent messages on the report page (issue 13.1)', REPEATS, () => {
  let session: Session | undefined;
  let removeFiles: (() => void) | undefined;
  afterEach(async () => {
    await session?.close();
    removeFiles?.();
    session = undefined;
  });

  it('an mbox and a Slack export fill the weeks they were sent in; a second import adds nothing; a corrupt file changes nothing', async () => {
    // Mail on the days of weeks -5..-3 (6 of Alma's a week, Ben's Sundays skipped), Slack over weeks -2..-1.
    const mailStart = mondayAt10(5, ZONE);
    const slackStart = mondayAt10(2, ZONE);
    const broken = slackZip(56, slackStart);
    const files = writeExports({
      'Sent.mbox': sentMbox(21, mailStart),
      'workspace.zip': slackZip(56, slackStart),
      'broken-export.zip': broken.slice(0, Math.floor(broken.length / 2)),
      'notes.txt': 'Shopping list: milk, eggs.',
    });
    removeFiles = files.remove;
    const [mboxPath, zipPath, brokenPath, notesPath] = files.paths as [string, string, string, string];
    session = await launchWithExtension();
    const report = await session.extensionPage('report.html');
    await report.locator('.backfill').waitFor();
    await report.bringToFront();

    await pickExports(report, [mboxPath, zipPath]);
    // The most frequent sender of each kind is offered as the user, every sender listed with a count.
    const senders = report.locator('.backfill fieldset label');
    const ticked = () =>
      senders.locator('input').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).checked));
    expect((await senders.allTextContents()).map((t) => t.trim())).toEqual([
      'Alma Ortiz (Slack, 28 messages)',
      'Ben Okafor (Slack, 28 messages)',
      'alma@example.com (mail, 18 messages)',
      'ben@example.com (mail, 3 messages)',
    ]);
    expect(await ticked()).toEqual([true, false, true, false]);
    await report.getByRole('button', { name: 'Import 46 messages' }).click();
    const lastSlack = slackStart + 13 * DAY + 2 * 60_000;
    expect(await backfillOutcome(report)).toBe(
      `46 messages from ${dateLabel(mailStart, ZONE)} to ${dateLabel(lastSlack, ZONE)} added; 31 skipped: not sent by you; 1 skipped: nothing written to score.`,
    );
    const week = (weeksAgo: number, n: number) =>
      `Week of ${dateLabel(mondayAt10(weeksAgo, ZONE) - 10 * 3_600_000, ZONE)} (${n} ${n === 1 ? 'message' : 'messages'})`;
    const expectedWeeks = [week(5, 6), week(4, 6), week(3, 6), week(2, 14), week(1, 14), week(0, 0)];
    await report.getByText('46 messages recorded').waitFor();
    expect(await reportWeeks(report)).toEqual(expectedWeeks);
    expect(await popupTrendWeeks(session)).toEqual(
      [5, 4, 3, 2, 1].map((ago) => dateLabel(mondayAt10(ago, ZONE), ZONE)),
    );

    // The same files again: every message is already there, nothing changes.
    await pickExports(report, [mboxPath, zipPath]);
    await report.getByRole('button', { name: 'Import 46 messages' }).click();
    expect(await backfillOutcome(report)).toBe(
      'No messages added; 31 skipped: not sent by you; 46 already in your history; 1 skipped: nothing written to score.',
    );
    expect(await recorded(report)).toMatch(/^46 messages recorded/);
    expect(await reportWeeks(report)).toEqual(expectedWeeks);

    // A truncated zip beside a good mbox: refused by name before anything is written.
    await report.locator('.backfill input[type=file][multiple]').setInputFiles([mboxPath, brokenPath]);
    expect(await backfillOutcome(report)).toMatch(
      /^Nothing was imported\. broken-export\.zip: the zip is cut short \(.+\)\.$/,
    );
    await report.locator('.backfill input[type=file][multiple]').setInputFiles([notesPath]);
    expect(await backfillOutcome(report)).toBe(
      'Nothing was imported. notes.txt is not a Slack export (.zip), an mbox file or an .eml message.',
    );
    await report.reload();
    await report.getByText('46 messages recorded').waitFor();
    expect(await reportWeeks(report)).toEqual(expectedWeeks);

    // Whose messages count is remembered: Ben chosen for Slack this time is pre-chosen the next time (over Alma,
    // who sent as many), after a reload, beside the mail address chosen in the first import.
    await pickExports(report, [zipPath]);
    await senders.filter({ hasText: 'Alma Ortiz' }).locator('input').uncheck();
    await senders.filter({ hasText: 'Ben Okafor' }).locator('input').check();
    await report.getByRole('button', { name: 'Import 28 messages' }).click();
    expect(await backfillOutcome(report)).toMatch(/^28 messages from .+ added; 28 skipped: not sent by you/);
    await report.reload();
    await pickExports(report, [mboxPath, zipPath]);
    expect(await ticked()).toEqual([false, true, true, false]);
    // "Delete everything" forgets them with the history: the next import offers the most frequent senders again.
    await report.getByRole('button', { name: 'Delete everything…' }).click();
    await report.getByRole('button', { name: 'Yes, delete everything' }).click();
    await report.getByText('Nothing recorded yet').waitFor();
    await report.reload();
    await pickExports(report, [mboxPath, zipPath]);
    expect(await ticked()).toEqual([true, false, true, false]);
    expect(session.offHostRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  }, 120_000);

  it('Cancel while a file is being read keeps the files before it whole and leaves that one out entirely', async () => {
    const mailStart = mondayAt10(5, ZONE);
    // Big enough (3,000 of Alma's messages) that the import is still reading it when Cancel is pressed.
    const files = writeExports({
      'Sent.mbox': sentMbox(21, mailStart),
      'workspace-big.zip': slackExport(6000, ['general', 'eng'], 300, mondayAt10(3, ZONE)),
    });
    removeFiles = files.remove;
    session = await launchWithExtension();
    const report = await session.extensionPage('report.html');
    await report.locator('.backfill').waitFor();
    await report.bringToFront();
    await pickExports(report, files.paths);
    await report.getByRole('button', { name: 'Import 3,018 messages' }).click();
    await report.locator('.backfill progress').waitFor();
    await report
      .getByText(/^Importing workspace-big\.zip… [1-9][\d,]* of 3,018 messages/)
      .waitFor({ timeout: 60_000 });
    // From the keyboard: the page redraws the progress four times a second, and Playwright's click waits for two
    // frames with the button in one place, which it often did not get before the import ended.
    await report.locator('.backfill').getByRole('button', { name: 'Cancel' }).focus();
    await report.keyboard.press('Enter');
    expect(await backfillOutcome(report)).toBe(
      `Cancelled. 18 messages from ${dateLabel(mailStart, ZONE)} to ${dateLabel(mailStart + 19 * DAY, ZONE)} added; 3 skipped: not sent by you. Not imported: workspace-big.zip.`,
    );
    // Exactly the mbox's messages, in its weeks; nothing of the zip, in the entries or in the week totals.
    await report.getByText('18 messages recorded').waitFor();
    const week = (weeksAgo: number, n: number) =>
      `Week of ${dateLabel(mondayAt10(weeksAgo, ZONE), ZONE)} (${n} ${n === 1 ? 'message' : 'messages'})`;
    expect(await reportWeeks(report)).toEqual([
      week(5, 6),
      week(4, 6),
      week(3, 6),
      week(2, 0),
      week(1, 0),
      week(0, 0),
    ]);
    expect(await popupTrendWeeks(session)).toEqual(
      [5, 4, 3].map((ago) => dateLabel(mondayAt10(ago, ZONE), ZONE)),
    );
    expect(session.offHostRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  }, 120_000);
});
