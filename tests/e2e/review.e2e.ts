import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPEATS, type Session } from './harness';
import { launchForReview, reviewFromPopup } from './review-tab';

const STATUS_URL = 'https://docs.example.com/platform/status-week-12';
const SPEC_URL = 'https://docs.example.com/specs/export-history-csv';
const SHELL_URL = 'https://app.example.com/dashboard';

/** What a reader sees for one action item: its text, who and when. */
async function itemFor(review: Page, words: string) {
  const item = review.locator('.item', { hasText: words });
  await item.waitFor();
  return {
    who: (await item.locator('dd.who').textContent())?.trim(),
    when: (await item.locator('dd.when').textContent())?.trim(),
    item,
  };
}

describe('Review this page', REPEATS, () => {
  let session: Session;

  beforeAll(async () => {
    session = await launchForReview();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('lists the asks of a status update with their owners and dates, and jumps back to each', async () => {
    const article = await session.openHost(STATUS_URL);
    const review = await reviewFromPopup(session, article);

    await expect(review.locator('h1').textContent()).resolves.toContain('Platform migration');
    await expect(review.locator('.score').textContent()).resolves.toMatch(/\d+\/100/);

    const priya = await itemFor(review, 'Priya, please send the final load-test results');
    expect(priya).toMatchObject({ who: 'Priya', when: 'Fri 14 Mar 2031' });
    const marco = await itemFor(review, 'Marco, can you review the rollback plan');
    expect(marco).toMatchObject({ who: 'Marco', when: 'Fri 21 Mar 2031' });
    const runbook = await itemFor(review, 'update the on-call runbook');
    expect(runbook).toMatchObject({ who: 'no owner', when: 'Wed 2 Apr 2031' });
    const dana = await itemFor(review, 'Dana, please decide on the CDN vendor');
    expect(dana).toMatchObject({ who: 'Dana', when: expect.stringMatching(/^vague/) });
    const sam = await itemFor(review, 'Sam, please book the cutover rehearsal');
    expect(sam).toMatchObject({ who: 'Sam', when: 'Fri 28 Mar 2031' });

    // The last ask sits far below the fold: the jump has to scroll the original tab to it and mark it.
    expect(await article.evaluate(() => window.scrollY)).toBe(0);
    await sam.item.getByRole('button', { name: 'Show in page' }).click();
    await expect
      .poll(() =>
        article.evaluate(() => {
          const li = [...document.querySelectorAll('li')].find((el) =>
            el.textContent?.includes('Sam, please book'),
          );
          const box = li?.getBoundingClientRect();
          return !!box && box.top >= 0 && box.bottom <= window.innerHeight && window.scrollY > 0;
        }),
      )
      .toBe(true);
    expect(await article.evaluate(() => CSS.highlights.has('clearsend-review'))).toBe(true);

    // Each ask is a checkbox labelled with its words; what is ticked is counted and copied as a Markdown task list.
    await review.getByRole('checkbox', { name: /^Marco, can you review the rollback plan/ }).check();
    await expect.poll(() => review.locator('.summary').textContent()).toContain('1 of 5 done');
    // What the page hands the clipboard, seen on its way there (an extension's origin cannot be granted a read).
    await review.evaluate(() => {
      const clipboard = navigator.clipboard;
      const write = clipboard.writeText.bind(clipboard);
      const copied: string[] = [];
      (window as unknown as { copied: string[] }).copied = copied;
      clipboard.writeText = (text: string) => {
        copied.push(text);
        return write(text);
      };
    });
    await review.getByRole('button', { name: 'Copy as Markdown task list' }).click();
    const tasks = async () =>
      (await review.evaluate(() => (window as unknown as { copied: string[] }).copied.join('\n')))
        .split('\n')
        .filter((line) => line.startsWith('- ['));
    await expect.poll(tasks).toHaveLength(5);
    await review.getByText('Copied as a Markdown task list.').waitFor();
    expect((await tasks()).filter((task) => task.startsWith('- [x]'))).toEqual([
      expect.stringMatching(/^- \[x\] Marco, can you review the rollback plan/),
    ]);
    await review.close();
    await article.close();
  });

  it('reviews a spec: its questions and decisions, with and without owners', async () => {
    const spec = await session.openHost(SPEC_URL);
    const review = await reviewFromPopup(session, spec);
    const lee = await itemFor(review, 'Lee, should the export include entries');
    expect(lee.who).toBe('Lee');
    const approve = await itemFor(review, 'Sam, please approve the column list');
    expect(approve).toMatchObject({ who: 'Sam', when: 'Mon 12 May 2031' });
    await review.close();
    await spec.close();
  });

  it('says so plainly when the page has no main text', async () => {
    const shell = await session.openHost(SHELL_URL);
    const review = await reviewFromPopup(session, shell);
    await expect(review.getByRole('alert').textContent()).resolves.toContain(
      "Clearsend couldn't find the main text on this page",
    );
    expect(await review.locator('.item').count()).toBe(0);
    await review.close();
    await shell.close();
  });

  it('made no network request', () => {
    expect(session.offHostRequests).toEqual([]);
  });
});
