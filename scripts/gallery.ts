// `npm run gallery`: builds the extension, loads it into Debian's Chromium with the host fixtures served at their
// real addresses (as the e2e tests do), and writes a PNG of every surface in light and dark mode to gallery/:
// the overlay on Gmail, Slack and Notion (marks, badge, open panel; Gmail's panel read on to its date chips and its
// checklist, its no-recipient compose and line fixes, Slack's panel after "Ignore here"), the popup empty and with a history, the
// report, options, welcome and review pages. A review tool, not a test: it prints the files it wrote.

import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { hostTab } from '../tests/e2e/driver/chromium';
import { type Session, typeLikeUser } from '../tests/e2e/harness';
import { BURIED_ASK, PREAMBLE, STACKED_QUESTIONS } from '../tests/e2e/inline-suite';
import { openPanel, press, waitForBadge, waitForButton } from '../tests/e2e/overlay';
import { launchForReview } from '../tests/e2e/review-tab';
import { importHistory, openExtensionPage, openPopup, openReview, type Scheme } from '../tests/e2e/surfaces';
import { HOST_URLS } from '../tests/fixtures/routes';
import { seedHistory } from './gallery/seed-history';

const OUT = resolve(import.meta.dirname, '../gallery');
const SCHEMES: Scheme[] = ['light', 'dark'];
// Two "as discussed" make one grouped card; the unowned, vague ask gives the summary line, its quote and the date chips.
const DRAFT =
  'Hi all, as discussed, can someone send me the updated launch numbers ASAP? As discussed, Finance needs them for the forecast.';

/** Where each host's compose box is and how a line break is typed there (the inline e2e files' editors). */
const HOSTS = [
  { name: 'gmail', url: HOST_URLS.gmailInbox, editor: '[role="dialog"] [g_editable="true"]' },
  {
    name: 'slack',
    url: HOST_URLS.slackChannel,
    editor: '[data-qa="message_input"][data-view-context="message-pane"] .ql-editor',
  },
  {
    name: 'notion',
    url: HOST_URLS.notionPage,
    editor: '.notion-page-content > [data-block-id]:last-child [data-content-editable-leaf="true"]',
  },
] as const;

const written: string[] = [];
async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  const file = join(OUT, `${name}.png`);
  await page.screenshot({ path: file, fullPage, animations: 'disabled' });
  written.push(file);
}

/** A draft typed into each host's compose box, its marks and badge drawn, the panel opened from the badge. */
async function overlays(session: Session, scheme: Scheme): Promise<Page> {
  let gmail: Page | undefined;
  for (const host of HOSTS) {
    const page = await session.openHost(host.url);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    await typeLikeUser(page, host.editor, DRAFT);
    await openPanel(page, await waitForBadge(page, /^Clearsend: [1-9]\d* suggestions?/));
    await shoot(page, `overlay-${host.name}-${scheme}`, false);
    if (host.name === 'gmail') {
      await panelReadOn(page, scheme);
      await noRecipient(session, scheme);
      await lineFixes(session, scheme);
      gmail = page;
    } else if (host.name === 'slack') {
      // "Ignore here": the card goes, the badge's count and score with it, and the Undo line heads the panel.
      await press(page, /^Ignore here$/);
      await waitForButton(page, 'Undo');
      await shoot(page, `overlay-slack-ignored-${scheme}`, false);
      await page.close();
    } else await page.close();
  }
  return gmail!;
}

/**
 * The same panel read on, as the writer does with the keyboard: the vague deadline's card with its date chips, then,
 * scrolled to its end, the ask's What / Who / When / Why checklist (the panel is shorter than all it holds).
 */
async function panelReadOn(page: Page, scheme: Scheme): Promise<void> {
  const tab = hostTab(page);
  const chip = (await tab.overlay()).find((n) => n.role === 'button' && /^by /.test(n.name));
  if (!chip) throw new Error('The panel offers no date chip');
  const panel = await tab.overlayRect('dialog', 'Clearsend suggestions');
  const inPanel = async () => {
    const at = await tab.overlayRect('button', chip.name);
    return at.top >= panel.top && at.bottom <= panel.bottom;
  };
  for (let step = 0; step < 8 && !(await inPanel()); step++) await page.keyboard.press('ArrowDown');
  await shoot(page, `overlay-gmail-date-chips-${scheme}`, false);
  await page.mouse.move((panel.left + panel.right) / 2, (panel.top + panel.bottom) / 2);
  await page.mouse.wheel(0, 5000);
  await page.waitForTimeout(300);
  await shoot(page, `overlay-gmail-checklist-${scheme}`, false);
}

/** A second Gmail compose with no recipient: the To field outlined, the card sending the writer there. */
async function noRecipient(session: Session, scheme: Scheme): Promise<void> {
  const page = await session.openHost(HOST_URLS.gmailInbox);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.click('[gh="cm"]');
  const second = page.locator(HOSTS[0].editor).nth(1);
  await typeLikeUser(page, second, 'Priya, which staging server should we use for the demo?');
  await openPanel(page, await waitForBadge(page, /^Clearsend: 1 suggestion,/));
  await shoot(page, `overlay-gmail-no-recipient-${scheme}`, false);
  await page.close();
}

/** A greeting, a long preamble, the ask under it, questions run together: the panel opened on the questions' mark. */
async function lineFixes(session: Session, scheme: Scheme): Promise<void> {
  const page = await session.openHost(HOST_URLS.gmailInbox);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: scheme });
  await typeLikeUser(page, HOSTS[0].editor, 'Hi Sam,');
  for (const line of [PREAMBLE, BURIED_ASK, STACKED_QUESTIONS]) {
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(line);
  }
  await waitForBadge(page, /^Clearsend: [1-9]\d* suggestions?/);
  // A click on a marked word opens the panel on that word's card: the last mark is the questions'.
  const last = (await hostTab(page).markRects()).at(-1);
  if (!last) throw new Error('The questions were not marked');
  await page.mouse.click((last.left + last.right) / 2, (last.top + last.bottom) / 2);
  await waitForButton(page, 'Number the questions');
  await shoot(page, `overlay-gmail-line-fixes-${scheme}`, false);
  await page.close();
}

async function pages(session: Session, scheme: Scheme, over: Page): Promise<void> {
  const popup = await openPopup(session, scheme, over);
  await shoot(popup, `popup-data-${scheme}`);
  await popup.close();
  for (const [name, ready] of [
    // The charts draw in the task after the week's summary (AfterFirstPaint): the report is whole once they are.
    ['report', '.over-time'],
    ['options', '.rule'],
    ['welcome', '.findings'],
  ] as const) {
    const page = await openExtensionPage(session, `${name}.html`, ready, { scheme });
    await shoot(page, `${name}-${scheme}`);
    await page.close();
  }
  const review = await openReview(session, scheme);
  const box = review.locator('.item input[type=checkbox]').first();
  if (await box.count()) await box.check();
  await shoot(review, `review-${scheme}`);
  await review.close();
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const session = await launchForReview();
try {
  for (const scheme of SCHEMES) {
    const popup = await openPopup(session, scheme);
    await shoot(popup, `popup-empty-${scheme}`);
    await popup.close();
  }
  await importHistory(session, seedHistory(Date.now()));
  for (const scheme of SCHEMES) {
    const gmail = await overlays(session, scheme);
    await pages(session, scheme, gmail);
    await gmail.close();
  }
  if (session.offHostRequests.length)
    throw new Error(`Requests left the machine: ${session.offHostRequests.join(', ')}`);
} finally {
  await session.close();
}
console.log(`Gallery: ${written.length} screenshots in ${OUT}`);
for (const file of written.sort()) console.log(`  ${file.slice(OUT.length + 1)}`);
