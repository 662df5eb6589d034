import { afterEach, describe, expect, it } from 'vitest';
import { dateLabel } from '../../lib/analysis/facts/format-date';
import { userTimeZone } from '../../lib/history/calendar';
import { gmailReply, mboxOf } from '../fixtures/exports/generate';
import { HOST_URLS } from '../fixtures/routes';
import { mondayAt10, sentMbox, slackZip, writeExports } from './backfill-files';
import { BROWSER_LABEL, type BrowserUnderTest, launchBrowser } from './driver';
import { waitForBadge } from './driver/seen';
import type { ExtensionTab } from './driver/types';
import { REPEATS } from './harness';

// The backfill on the report page, in both browsers (the Chromium-only backfill.e2e.ts covers Cancel, refusals and
// the remembered senders): the same generated mbox and Slack export, the same weeks and counts.
const ZONE = userTimeZone();
const DAY = 86_400_000;
const FILES = '.backfill input[type=file][multiple]';
const SENDERS = '.backfill fieldset label';
const OUTCOME = '.backfill p.good, .backfill p.notice';
/** The report's week picker: "Week of 2 Nov (6 messages)" per week with messages. */
const WEEKS = '.pickers label:first-child select option';

const week = (weeksAgo: number, n: number) =>
  `Week of ${dateLabel(mondayAt10(weeksAgo, ZONE) - 10 * 3_600_000, ZONE)} (${n} ${n === 1 ? 'message' : 'messages'})`;

/** Chooses the files, waits for "Whose messages are yours?", imports the pre-chosen senders' and reads the summary. */
async function importFiles(
  report: ExtensionTab,
  paths: string[],
  messages = 46,
): Promise<{ senders: string[]; outcome: string }> {
  await report.chooseFiles(FILES, paths);
  await report.text('.backfill fieldset');
  const senders = (await report.texts(SENDERS)).map((t) => t.trim());
  await report.pressButton(`Import ${messages} messages`);
  return { senders, outcome: await report.text(OUTCOME) };
}

describe(`importing sent messages on the report page in ${BROWSER_LABEL}`, REPEATS, () => {
  let browser: BrowserUnderTest | undefined;
  let removeFiles: (() => void) | undefined;
  // A fresh profile per run: the repeated run must not find the first one's import.
  afterEach(async () => {
    await browser?.close();
    removeFiles?.();
    browser = undefined;
  });

  it('an mbox and a Slack export fill the weeks they were sent in, and a second import adds nothing', async () => {
    // Mail on the days of weeks -5..-3 (6 of Alma's a week), Slack over weeks -2..-1 (14 of Alma's a week).
    const mailStart = mondayAt10(5, ZONE);
    const slackStart = mondayAt10(2, ZONE);
    const files = writeExports({
      'Sent.mbox': sentMbox(21, mailStart),
      'workspace.zip': slackZip(56, slackStart),
    });
    removeFiles = files.remove;
    browser = await launchBrowser();
    const report = await browser.openExtensionPage('report.html');
    await report.text('.backfill');
    const first = await importFiles(report, files.paths);
    expect(first.senders).toEqual([
      'Alma Ortiz (Slack, 28 messages)',
      'Ben Okafor (Slack, 28 messages)',
      'alma@example.com (mail, 18 messages)',
      'ben@example.com (mail, 3 messages)',
    ]);
    const lastSlack = slackStart + 13 * DAY + 2 * 60_000;
    const skipped = '31 skipped: not sent by you';
    expect(first.outcome).toBe(
      `46 messages from ${dateLabel(mailStart, ZONE)} to ${dateLabel(lastSlack, ZONE)} added; ${skipped}; 1 skipped: nothing written to score.`,
    );
    const weeks = [week(5, 6), week(4, 6), week(3, 6), week(2, 14), week(1, 14), week(0, 0)];
    await expect.poll(() => report.texts(WEEKS)).toEqual(weeks);
    expect(await report.text('.data-tools p.muted')).toMatch(/^46 messages recorded/);

    const again = await importFiles(report, files.paths);
    expect(again.outcome).toBe(
      `No messages added; ${skipped}; 46 already in your history; 1 skipped: nothing written to score.`,
    );
    expect(await report.texts(WEEKS)).toEqual(weeks);
    expect(await report.text('.data-tools p.muted')).toMatch(/^46 messages recorded/);
    expect(browser.offHostRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
    await report.close();
  }, 60_000);

  it('a reply sent in Gmail and then imported in an mbox counts once', async () => {
    browser = await launchBrowser();
    const gmail = await browser.openHost(HOST_URLS.gmailInbox);
    // The inline reply, above the fixture's signature and the quoted message; the docked compose covers its middle.
    const reply =
      'Priya, here is the final launch checklist: https://acme.example/launch. Can you sign it off by Thu 27 Nov 5pm CET?';
    await gmail.type('.AO [g_editable=true]', reply, { at: { x: 20, y: 10 } });
    await waitForBadge(gmail, /^Clearsend: (?!checking)/);
    await gmail.click('.AO .T-I-atl:not(.hG)');
    const popup = await browser.openPopupFor(gmail);
    await expect
      .poll(() => popup.text('.checked, .empty-state'), { timeout: 10_000 })
      .toBe('1 message checked this week');
    await popup.close();

    // The Sent mailbox exported afterwards: that reply as Gmail sent it (wrapped, signature, quote), and two mails
    // from before Clearsend was installed.
    const sentAt = Date.now() + 30_000;
    const mail = (id: string, at: number, body: string) => ({
      from: 'sam@acme.example',
      at,
      raw: gmailReply({ body, at, id }),
    });
    const files = writeExports({
      'Sent.mbox': mboxOf([
        mail('older-1', sentAt - 2 * DAY, 'Can you send the venue options by Monday 10am CET?'),
        mail('older-2', sentAt - DAY, 'Thanks, the venue looks good.'),
        mail('reply', sentAt, reply.replace(' Can you sign', ' Can you\nsign')),
      ]),
    });
    removeFiles = files.remove;
    const report = await browser.openExtensionPage('report.html');
    // The count shows once the page has read the history (a moment after it opens).
    await expect.poll(() => report.text('.data-tools p.muted')).toMatch(/^1 message recorded/);
    const first = await importFiles(report, files.paths, 3);
    expect(first.outcome).toBe(
      `2 messages from ${dateLabel(sentAt - 2 * DAY, ZONE)} to ${dateLabel(sentAt - DAY, ZONE)} added; 1 already recorded when you sent it.`,
    );
    await expect.poll(() => report.text('.data-tools p.muted')).toMatch(/^3 messages recorded/);
    const again = await importFiles(report, files.paths, 3);
    expect(again.outcome).toBe(
      'No messages added; 1 already recorded when you sent it; 2 already in your history.',
    );
    expect(await report.text('.data-tools p.muted')).toMatch(/^3 messages recorded/);
    expect(browser.offHostRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  }, 60_000);
});
