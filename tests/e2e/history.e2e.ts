import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { dateLabel as weekLabel } from '../../lib/analysis/facts/format-date';
import { startOfWeek, userTimeZone } from '../../lib/history/calendar';
import type { HistoryEntry } from '../../lib/history/types';
import { HOST_URLS } from '../fixtures/routes';
import { waitForAx } from './ax';
import { launchWithExtension, REPEATS, type Session, typeLikeUser } from './harness';
import { exportHistory } from './history-entries';
import { openPopupPage, openReport } from './surfaces';

const THIS_WEEK = `Week of ${weekLabel(startOfWeek(Date.now(), userTimeZone()), userTimeZone())}`;

async function popupText(session: Session): Promise<{ page: Page; text: string }> {
  const page = await openPopupPage(session);
  return { page, text: (await page.locator('main').textContent()) ?? '' };
}

async function importFile(report: Page, body: string): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'clearsend-export-')), 'history.json');
  writeFileSync(file, body);
  await report.locator('.data-tools input[type=file]').setInputFiles(file);
  const result = report.locator('.data-tools [role=status], .data-tools [role=alert]');
  // A big file shows its progress first ("Checking the file… 5,000 of 10,000"); the outcome comes after.
  await report
    .locator('.data-tools')
    .getByText(/^(Imported|Nothing was imported)/)
    .waitFor();
  return (await result.textContent()) ?? '';
}

function expectedSummary(entries: HistoryEntry[]) {
  const categories: Record<string, number> = {};
  for (const e of entries)
    for (const [c, n] of Object.entries(e.categories)) categories[c] = (categories[c] ?? 0) + (n ?? 0);
  return { average: Math.round(entries.reduce((s, e) => s + e.score, 0) / entries.length), categories };
}

const CATEGORY_LABELS: Record<string, string> = {
  ask: 'Clear ask',
  deadline: 'Deadline',
  recipient: 'Owner',
  context: 'Context',
  style: 'Style',
};

async function popupCategories(page: Page): Promise<Record<string, number>> {
  const rows = await page
    .locator('.bars li')
    .evaluateAll((items) =>
      items.map(
        (li) =>
          [
            li.querySelector('.bar-label')?.textContent ?? '',
            Number(li.querySelector('.bar-value')?.textContent),
          ] as const,
      ),
    );
  const byLabel = Object.fromEntries(rows);
  return Object.fromEntries(
    Object.entries(CATEGORY_LABELS)
      .map(([c, label]) => [c, byLabel[label] ?? 0])
      .filter(([, n]) => n),
  );
}

describe('clarity history in Chromium', REPEATS, () => {
  let session: Session | undefined;
  let fresh: Session | undefined;
  // Each run starts from an empty history: a repeated run must not see the sends of the one before.
  afterEach(async () => {
    await session?.close();
    await fresh?.close();
    session = fresh = undefined;
  });

  it('records three sends on two sites; popup and report agree; export → import elsewhere → same; delete → empty', async () => {
    session = await launchWithExtension();
    const gmail = await session.openHost(HOST_URLS.gmailInbox);
    // The inline reply; the docked compose covers its middle, so the writer clicks its first line.
    const body = gmail.locator('.AO [g_editable=true]').first();
    await typeLikeUser(
      gmail,
      body,
      'Priya, here is the final launch checklist: https://acme.example/launch. Can you sign it off by Thu 27 Nov 5pm CET?',
      { at: { x: 20, y: 10 } },
    );
    // A box shows its badge once it holds text and is checked: only then is a send recorded with a score.
    await waitForAx(
      gmail,
      (nodes) => nodes.some((n) => n.role === 'button' && /^Clearsend: (?!checking)/.test(n.name)),
      { what: 'badge' },
    );
    await gmail.locator('.AO .T-I-atl:not(.hG)').first().click();

    const slack = await session.openHost(HOST_URLS.slackChannel);
    const composer = slack.locator('[data-qa="message_input"] .ql-editor').first();
    const slackBadge = () =>
      waitForAx(
        slack,
        (nodes) => nodes.some((n) => n.role === 'button' && /^Clearsend: (?!checking)/.test(n.name)),
        { what: 'badge' },
      );
    await typeLikeUser(slack, composer, 'as discussed, can someone just look at the doc soon?');
    await slackBadge();
    await slack.keyboard.press('Enter');
    await typeLikeUser(slack, composer, 'Hey, got a sec?');
    await slackBadge();
    await slack.keyboard.press('Enter');

    const report = await openReport(session);
    let recorded: HistoryEntry[] = [];
    for (let tries = 0; tries < 40 && recorded.length < 3; tries++) {
      recorded = (await exportHistory(report)).entries;
      if (recorded.length < 3) await report.waitForTimeout(250);
    }
    expect(recorded.map((e) => e.site).sort()).toEqual(['gmail', 'slack', 'slack']);
    expect(new Set(recorded.map((e) => e.score)).size).toBeGreaterThan(1);
    expect(JSON.stringify(recorded)).not.toContain('launch checklist'); // no text by default
    const want = expectedSummary(recorded);

    const { page: popup, text } = await popupText(session);
    expect(text).toContain('3 messages checked this week');
    expect(await popup.locator('.score').first().textContent()).toContain(String(want.average));
    expect(await popupCategories(popup)).toEqual(want.categories);

    await report.reload();
    await report.locator('#week-title').waitFor();
    expect(await report.locator('#week-title').textContent()).toBe(THIS_WEEK);
    expect(await report.locator('.big').textContent()).toContain(
      `${want.average} average clarity score · 3 messages checked`,
    );

    const exported = await exportHistory(report);
    fresh = await launchWithExtension();
    const freshReport = await openReport(fresh);
    expect(await importFile(freshReport, JSON.stringify(exported))).toBe(
      'Imported 3 new messages (0 were already here).',
    );
    const { page: freshPopup, text: freshText } = await popupText(fresh);
    expect(freshText).toContain('3 messages checked this week');
    expect(await freshPopup.locator('.score').first().textContent()).toBe(
      await popup.locator('.score').first().textContent(),
    );
    expect(await popupCategories(freshPopup)).toEqual(want.categories);
    expect((await exportHistory(freshReport)).entries).toEqual(exported.entries);

    await freshReport.getByRole('button', { name: 'Delete everything…' }).click();
    await freshReport.getByRole('button', { name: 'Yes, delete everything' }).click();
    await freshReport.getByText('Nothing recorded yet').waitFor();
    expect((await popupText(fresh)).text).toContain('Your clarity score will appear here');
    expect(session.offHostRequests).toEqual([]);
    expect([...session.pageErrors, ...fresh.pageErrors]).toEqual([]);
    await fresh.close();
    fresh = undefined;
  });

  it('imports a large history, refuses a bad file without changing it, and the popup sums it up', async () => {
    const now = Date.now();
    const entries: HistoryEntry[] = Array.from({ length: 10_000 }, (_, i) => ({
      key: `seed-${i}`,
      time: now - 730 * 86_400_000 + i * 6_307_000, // two years of history, about 95 messages a week
      site: (['gmail', 'slack', 'notion'] as const)[i % 3]!,
      score: 50 + (i % 51),
      words: 40,
      categories: { deadline: i % 2 },
      rules: i % 2 ? { 'vague-deadline': 1 } : ({} as Record<string, number>),
      fixes: 0,
    }));
    const seeded = await launchWithExtension();
    try {
      const report = await openReport(seeded);
      const file = {
        format: 'clearsend-history',
        version: 1,
        exportedAt: new Date(now).toISOString(),
        entries,
      };
      expect(await importFile(report, JSON.stringify(file))).toBe(
        'Imported 10,000 new messages (0 were already here).',
      );
      const bad = {
        ...file,
        entries: [
          { ...entries[0], key: 'new-one' },
          { ...entries[1], key: 'new-two', score: 'high' },
        ],
      };
      expect(await importFile(report, JSON.stringify(bad))).toContain(
        'Nothing was imported. entries[1].score:',
      );
      expect((await exportHistory(report)).entries).toHaveLength(10_000);

      // Timing lives in `npm run bench` (scripts/bench-browser.ts), not here: this checks what the popup says.
      const popup = await seeded.extensionPage('popup.html');
      await popup.locator('.checked').waitFor();
      expect(await popup.locator('.checked').textContent()).toMatch(/messages checked this week$/);
    } finally {
      await seeded.close();
    }
  });
});
