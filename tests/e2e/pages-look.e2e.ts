import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedHistory } from '../../scripts/gallery/seed-history';
import { launchWithExtension, REPEATS, type Session } from './harness';
import { launchForReview } from './review-tab';
import { importHistory, openExtensionPage, openPopup, openReview, type Scheme } from './surfaces';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResults {
  violations: { id: string; impact?: string | null; nodes: { html: string }[] }[];
}

/** axe-core's serious and critical violations on the page as it is drawn now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(c: Document): Promise<AxeResults> } }).axe;
    const results = await axe.run(document);
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`);
  });
}

/** What a reader sees of the type: the body's size and the smallest text drawn anywhere on the page. */
async function textSizes(page: Page): Promise<{ body: number; smallest: number }> {
  return page.evaluate(() => {
    let smallest = Number.POSITIVE_INFINITY;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!node.textContent?.trim() || !parent || parent.closest('.visually-hidden, option, title')) continue;
      if (!parent.getClientRects().length) continue;
      smallest = Math.min(smallest, Number.parseFloat(getComputedStyle(parent).fontSize));
    }
    return { body: Number.parseFloat(getComputedStyle(document.body).fontSize), smallest };
  });
}

/** Every element's painted colours, in document order: text, background, border, and an SVG shape's fill and stroke. */
async function colours(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [document.documentElement, ...document.querySelectorAll('body, body *')].map((element) => {
      const { color, backgroundColor, borderTopColor, fill, stroke } = getComputedStyle(element);
      return `${element.tagName.toLowerCase()}.${element.classList}: ${color} ${backgroundColor} ${borderTopColor} ${fill} ${stroke}`;
    }),
  );
}

async function expectClean(page: Page, where: string): Promise<void> {
  expect({ page: where, violations: await seriousViolations(page) }).toEqual({ page: where, violations: [] });
  const sizes = await textSizes(page);
  expect(sizes.body, `${where} body text`).toBeGreaterThanOrEqual(13);
  expect(sizes.smallest, `${where} smallest text`).toBeGreaterThanOrEqual(13);
}

/**
 * Each page in both schemes: no serious axe violation, a body of at least 13 px, no text below 13 px. And the OS
 * switching to dark while the page is open repaints every element (charts included) exactly as the page opened in
 * dark draws it: nothing keeps a colour it computed when it was drawn.
 */
async function expectReadable(name: string, open: (scheme: Scheme) => Promise<Page>): Promise<void> {
  const light = await open('light');
  await expectClean(light, `${name} (light)`);
  const before = await colours(light);
  await light.emulateMedia({ colorScheme: 'dark' });
  const switched = await colours(light);
  await light.close();
  const dark = await open('dark');
  await expectClean(dark, `${name} (dark)`);
  expect(switched, `${name}: nothing changed when the OS went dark`).not.toEqual(before);
  expect({ page: `${name}, switched to dark while open`, colours: switched }).toEqual({
    page: `${name}, switched to dark while open`,
    colours: await colours(dark),
  });
  await dark.close();
}

describe('the extension pages, light and dark', REPEATS, () => {
  let session: Session;
  beforeAll(async () => {
    session = await launchForReview();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('popup, report, options and welcome with no history yet', async () => {
    const fresh = await launchWithExtension();
    try {
      await expectReadable('popup, empty', async (scheme) => {
        const popup = await openPopup(fresh, scheme);
        await popup.locator('.empty-state').waitFor();
        return popup;
      });
      await expectReadable('report, empty', (scheme) =>
        openExtensionPage(fresh, 'report.html', '.data-tools', { scheme }),
      );
      await expectReadable('options', (scheme) =>
        openExtensionPage(fresh, 'options.html', '.rule', { scheme }),
      );
      await expectReadable('welcome', (scheme) =>
        openExtensionPage(fresh, 'welcome.html', '.findings', { scheme }),
      );
      expect(fresh.offHostRequests).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('popup and report with ten weeks of history; the histogram’s counts sit on one line', async () => {
    await importHistory(session, seedHistory(Date.now()));
    await expectReadable('popup, with data', async (scheme) => {
      const popup = await openPopup(session, scheme);
      await popup.locator('.week').waitFor();
      return popup;
    });
    await expectReadable('report', async (scheme) => {
      // The charts draw in the task after the week's summary (AfterFirstPaint): the report is whole once they are.
      const report = await openExtensionPage(session, 'report.html', '.over-time', { scheme });
      const wrapped = await report
        .locator('.bars .bar-value, .bars .bar-label')
        .evaluateAll((cells) =>
          cells
            .filter((cell) => cell.getClientRects().length > 1 || cell.getBoundingClientRect().height > 24)
            .map((cell) => cell.textContent),
        );
      expect(wrapped).toEqual([]);
      const legend = await report.locator('.over-time .legend').last().locator('li').allTextContents();
      expect(legend).toEqual(['Clear ask', 'Deadline', 'Owner', 'Context', 'Style']);
      return report;
    });
  });

  it('the review page, with its checklist', async () => {
    await expectReadable('review', (scheme) => openReview(session, scheme));
    expect(session.offHostRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
