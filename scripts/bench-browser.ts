// `npm run bench` (second half): what the writer feels in real Chromium with the built extension loaded.
// - keystroke-to-paint latency typing into the Slack fixture, with and without the extension, and the ratio;
// - long tasks (> 50 ms) while typing 500 characters, with and without the extension;
// - time from the last keystroke to the first marks (includes the 300 ms idle pause);
// - the first analysis after the service worker has gone to sleep and wakes;
// - the popup's first render with 10,000 history entries;
// - importing a 1,000,000-entry history file on the report page: the page's longest task, its longest gap between
//   frames and the total time (`tsx scripts/bench-browser.ts large-import` runs this part alone);
// - backfilling 10,000 sent messages (a generated Slack export) on the report page: its longest task, the rate,
//   then the popup's first render with them (`tsx scripts/bench-browser.ts backfill` runs this part alone).
// - the size of each content script the build wrote, against the design's 100 kB budget (`sizes` runs it alone).
// Timings on a shared 2-core machine are noisy: read the medians and the ratio, not single runs.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { mondayAt10, writeExports } from '../tests/e2e/backfill-files';
import { backfillWithProbe } from '../tests/e2e/backfill-probe';
import { EXTENSION_DIR, launchWithExtension, type Session, typeLikeUser } from '../tests/e2e/harness';
import { importWithProbe, writeLargeHistory } from '../tests/e2e/large-import';
import { traceMainThread } from '../tests/e2e/main-thread-trace';
import { slackExport } from '../tests/fixtures/exports/generate';
import { HOST_URLS } from '../tests/fixtures/routes';

const EDITOR = '[data-qa="message_input"][data-view-context="message-pane"] .ql-editor';
const TEXT = 'Could you check the rollout numbers for the onboarding flow before the review on Friday? '
  .repeat(6)
  .slice(0, 500);

interface Probe {
  latencies: number[];
  longTasks: number[];
}

/** Main-world probe: time from each keydown to the frame after it, and every long task. */
function installProbe(): void {
  const probe: Probe = { latencies: [], longTasks: [] };
  (window as unknown as { __probe: Probe }).__probe = probe;
  addEventListener(
    'keydown',
    () => {
      const start = performance.now();
      requestAnimationFrame(() => setTimeout(() => probe.latencies.push(performance.now() - start), 0));
    },
    true,
  );
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
}

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function typeAndProbe(session: Session): Promise<Probe> {
  const page = await session.context.newPage();
  await page.addInitScript(installProbe);
  await page.goto(HOST_URLS.slackDm);
  await page.locator(EDITOR).waitFor();
  await page.waitForTimeout(1000);
  // The welcome page opens on install; a background tab's frames are throttled, so face the tab being typed in.
  await page.bringToFront();
  await typeLikeUser(page, EDITOR, TEXT, { delay: 20 });
  await page.waitForTimeout(1000);
  const probe = await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
  await page.close();
  return probe;
}

async function timeToFirstMarks(page: Page): Promise<number> {
  await typeLikeUser(page, EDITOR, 'Can someone send me the updated launch numbers ASAP?');
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const typedAt = performance.now();
        const check = () => {
          const marks = CSS.highlights.get('clearsend-warning');
          if (marks && marks.size > 0) resolve(performance.now() - typedAt);
          else requestAnimationFrame(check);
        };
        check();
      }),
  );
}

async function firstFeedback(session: Session, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await session.openHost(HOST_URLS.slackChannel);
    await page.locator(EDITOR).waitFor();
    await page.waitForTimeout(500);
    await page.bringToFront();
    times.push(await timeToFirstMarks(page));
    await page.close();
  }
  return times;
}

async function stopWorker(session: Session): Promise<void> {
  const page = await session.extensionPage('popup.html');
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.waitForTimeout(1000);
  await page.close();
}

/**
 * The writer comes back to an open compose box after the worker went to sleep: time from their last keystroke to
 * the first marks. Entering the box wakes the worker, so its start-up overlaps the typing.
 */
async function feedbackAfterSleep(session: Session, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await session.openHost(HOST_URLS.slackChannel);
    await page.locator(EDITOR).waitFor();
    await page.waitForTimeout(800);
    await stopWorker(session);
    await page.bringToFront();
    times.push(await timeToFirstMarks(page));
    await page.close();
  }
  return times;
}

/**
 * Stops the extension's service worker through DevTools (as Chromium does to an idle one after ~30 s), then
 * times one analysis from an extension page: the worker's restart, its module start-up and the analysis.
 */
async function analysisAfterWake(session: Session): Promise<number> {
  const page = await session.extensionPage('popup.html');
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.waitForTimeout(1000);
  const draft = { text: 'Can someone send me the numbers ASAP?', site: 'slack', kind: 'channel' };
  const took = await page.evaluate(async (d) => {
    const runtime = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime;
    const start = performance.now();
    await runtime.sendMessage({
      clearsend: 1,
      type: 'analyze',
      payload: { draft: { ...d, now: new Date().toISOString() } },
    });
    return performance.now() - start;
  }, draft);
  await page.close();
  return took;
}

/** The popup's first render (its own 'clearsend:popup-history' measure), `runs` times. */
async function popupFirstRenders(session: Session, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const popup = await session.extensionPage('popup.html');
    await popup.waitForFunction(() => performance.getEntriesByName('clearsend:popup-history').length > 0);
    times.push(
      await popup.evaluate(() => performance.getEntriesByName('clearsend:popup-history')[0]!.duration),
    );
    await popup.close();
  }
  return times;
}

async function popupRender(session: Session, entries: number, runs: number): Promise<number[]> {
  const report = await session.extensionPage('report.html');
  await report.locator('.data-tools').waitFor();
  const now = Date.now();
  const body = JSON.stringify({
    format: 'clearsend-history',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    entries: Array.from({ length: entries }, (_, i) => ({
      key: `bench-${i}`,
      // All inside the popup's 12 weeks: the heaviest case for its first render.
      time: now - (i * 12 * 7 * 86_400_000) / entries,
      site: (['gmail', 'slack', 'notion'] as const)[i % 3],
      score: 50 + (i % 51),
      words: 40,
      categories: { deadline: i % 2, recipient: i % 3 === 0 ? 1 : 0 },
      rules: i % 2 ? { 'vague-deadline': 1 } : {},
      fixes: 0,
    })),
  });
  await report.evaluate((text) => {
    const input = document.querySelector<HTMLInputElement>('.data-tools input[type=file]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'history.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, body);
  await report.locator('.data-tools [role=status]').waitFor({ timeout: 120_000 });
  await report.close();
  return popupFirstRenders(session, runs);
}

/**
 * Backfills `messages` of the user's messages from a generated Slack export (twice as many messages, half the
 * user's, over the last 12 weeks) into a fresh profile, then times the popup's first render.
 */
async function backfill(messages: number) {
  const perDay = Math.ceil((2 * messages) / (12 * 7 - 1));
  const files = writeExports({
    'workspace.zip': slackExport(2 * messages, ['general', 'eng'], perDay, mondayAt10(12, 'UTC')),
  });
  const session = await launchWithExtension();
  await nameShim(session);
  try {
    const report = await session.extensionPage('report.html');
    await report.locator('.backfill').waitFor();
    let trace: Awaited<ReturnType<typeof traceMainThread>> | undefined;
    const probe = await backfillWithProbe(report, files.paths, 1_800_000, async () => {
      trace = await traceMainThread(report);
    });
    const tasks = (await trace?.stop()) ?? [];
    await report.close();
    return { ...probe, tasks, popup: await popupFirstRenders(session, 7) };
  } finally {
    await session.close();
    files.remove();
  }
}

function printBackfill(probe: Awaited<ReturnType<typeof backfill>>, messages: number): void {
  const longest = Math.max(0, ...probe.longTasks);
  console.log(
    `  backfill of ${messages.toLocaleString('en')} sent messages (Slack export, report page): ${probe.outcome}`,
  );
  console.log(
    `    longest task on the page ${ms(longest)} (budget 50 ms), ${probe.longTasks.length} long tasks; ${(probe.elapsed / 1000).toFixed(1)} s, ${Math.round(messages / (probe.elapsed / 1000))} messages a second`,
  );
  // The import itself runs in the worker; after its last progress line the page reloads what it shows.
  const during = probe.longTasks.filter((_, i) => probe.longTaskStarts[i]! < probe.lastProgressAt);
  const after = probe.longTasks.filter((_, i) => probe.longTaskStarts[i]! >= probe.lastProgressAt);
  console.log(
    `    while importing: ${during.length} long tasks [${during.map(Math.round).join(', ')}]; reloading the report afterwards: ${after.length} [${after.map(Math.round).join(', ')}]`,
  );
  // What the page's own work costs: a task held long by a busy machine has a long wall time but little CPU.
  const byCpu = [...probe.tasks].sort((a, b) => b.cpu - a.cpu);
  const held = probe.tasks.filter((t) => t.wall > 50);
  console.log(
    `    CPU of the page's tasks (Chromium trace): longest ${ms(byCpu[0]?.cpu ?? 0)} (budget 50 ms), next ${byCpu
      .slice(1, 5)
      .map((t) => t.cpu.toFixed(1))
      .join(
        ', ',
      )}; ${held.length} tasks over 50 ms wall, CPU of each [${held.map((t) => t.cpu.toFixed(1)).join(', ')}]`,
  );
  console.log(
    `    popup first render afterwards: median ${ms(median(probe.popup))} of ${probe.popup.map(Math.round).join(', ')} (budget 200 ms)`,
  );
}

/** Imports a generated history of `entries` entries into a fresh profile's report page, watching the page. */
async function largeImport(entries: number) {
  const file = await writeLargeHistory(entries, Date.now());
  const session = await launchWithExtension();
  await nameShim(session);
  try {
    const report = await session.extensionPage('report.html');
    await report.locator('.data-tools').waitFor();
    return await importWithProbe(report, file.path, 1_800_000);
  } finally {
    await session.close();
    file.remove();
  }
}

function printLargeImport(probe: Awaited<ReturnType<typeof largeImport>>, entries: number): void {
  const longest = Math.max(0, ...probe.longTasks);
  const firstOf = (phase: RegExp) => probe.statuses.find((s) => phase.test(s.text))?.at ?? Number.NaN;
  console.log(`  import of ${entries.toLocaleString('en')} history entries (report page): ${probe.outcome}`);
  console.log(
    `    longest task on the page ${ms(longest)} (budget 200 ms), ${probe.longTasks.length} long tasks; longest gap between frames ${ms(probe.longestFrameGap)}`,
  );
  console.log(
    `    total ${(probe.elapsed / 1000).toFixed(1)} s: checking from ${(firstOf(/^Checking/) / 1000).toFixed(1)} s, writing from ${(firstOf(/^Importing… \d/) / 1000).toFixed(1)} s; ${probe.statuses.length} progress lines`,
  );
}

/** tsx keeps function names with a `__name` helper that page-evaluated code would otherwise not find. */
const nameShim = (session: Session) => session.context.addInitScript('globalThis.__name = (f) => f');

/** The content scripts run on the host's own page: the design keeps each under 100 kB minified. */
function printContentScriptSizes(): void {
  const dir = join(EXTENSION_DIR, 'content-scripts');
  console.log('Content scripts (minified, budget 100 kB each)');
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()) {
    const bytes = statSync(join(dir, file)).size;
    console.log(
      `  ${file.padEnd(14)} ${bytes.toLocaleString('en')} B${bytes > 100_000 ? '  OVER BUDGET' : ''}`,
    );
  }
}
if (process.argv[2] === 'sizes') {
  printContentScriptSizes();
  process.exit(0);
}

const LARGE_IMPORT = 1_000_000;
if (process.argv[2] === 'large-import') {
  printLargeImport(await largeImport(LARGE_IMPORT), LARGE_IMPORT);
  process.exit(0);
}
const BACKFILL = Number(process.env.BACKFILL ?? 10_000);
if (process.argv[2] === 'backfill') {
  printBackfill(await backfill(BACKFILL), BACKFILL);
  process.exit(0);
}

const without = await launchWithExtension({ withoutExtension: true });
await nameShim(without);
const base = await typeAndProbe(without);
await without.close();

const session = await launchWithExtension();
await nameShim(session);
const withExt = await typeAndProbe(session);
const feedback = await firstFeedback(session, 5);
const popup = await popupRender(session, 10_000, 7);
const afterSleep = await feedbackAfterSleep(session, 3);
const wakes: number[] = [];
for (let i = 0; i < 3; i++) wakes.push(await analysisAfterWake(session));
await session.close();
const imported = await largeImport(LARGE_IMPORT);
const backfilled = await backfill(BACKFILL);

const ratio = median(withExt.latencies) / median(base.latencies);
console.log('Clearsend in Chromium (Slack fixture, 500 characters typed at 20 ms a key)');
console.log(
  `  keystroke to paint, without extension: median ${ms(median(base.latencies))}, p95 ${ms(quantile(base.latencies, 0.95))}`,
);
console.log(
  `  keystroke to paint, with extension:    median ${ms(median(withExt.latencies))}, p95 ${ms(quantile(withExt.latencies, 0.95))}`,
);
console.log(`  latency ratio (with / without):        ${ratio.toFixed(2)}`);
console.log(
  `  long tasks while typing: without ${base.longTasks.length} [${base.longTasks.map(Math.round).join(', ')}], with ${withExt.longTasks.length} [${withExt.longTasks.map(Math.round).join(', ')}]`,
);
console.log(
  `  last keystroke to first marks (300 ms idle pause included): median ${ms(median(feedback))} of ${feedback.map(Math.round).join(', ')}`,
);
console.log(
  `  popup first render, 10,000 entries in 12 weeks: median ${ms(median(popup))}, p95 ${ms(quantile(popup, 0.95))} (budget 200 ms)`,
);
console.log(
  `  last keystroke to first marks after the worker slept (woken on entering the box): median ${ms(median(afterSleep))} of ${afterSleep.map(Math.round).join(', ')}`,
);
console.log(
  `  first analysis after the service worker is stopped and wakes: median ${ms(median(wakes))} of ${wakes.map(Math.round).join(', ')} (budget 300 ms)`,
);
printLargeImport(imported, LARGE_IMPORT);
printBackfill(backfilled, BACKFILL);
printContentScriptSizes();
