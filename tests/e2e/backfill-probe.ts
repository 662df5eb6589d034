import type { Page } from 'playwright-core';
import { backfillOutcome, pickExports } from './backfill-files';

export interface BackfillProbe {
  /** Every long task (> 50 ms) on the report page from clicking Import to the summary, in ms. */
  longTasks: number[];
  /** When each long task started, in ms after clicking Import. */
  longTaskStarts: number[];
  /** When the import's last progress line showed, in ms after clicking Import: after it, the page reloads. */
  lastProgressAt: number;
  /** From clicking Import to the summary, in ms. */
  elapsed: number;
  outcome: string;
}

/**
 * Picks `paths` on the report page, imports the pre-chosen senders' messages and watches the page meanwhile.
 * `beforeImport` runs once the senders are listed, just before Import is clicked (to start a trace there).
 */
export async function backfillWithProbe(
  report: Page,
  paths: string[],
  timeout: number,
  beforeImport?: () => Promise<void>,
): Promise<BackfillProbe> {
  await report.bringToFront();
  await pickExports(report, paths);
  await beforeImport?.();
  await report.evaluate(() => {
    const probe = {
      longTasks: [] as number[],
      longTaskStarts: [] as number[],
      lastProgressAt: 0,
      started: 0,
    };
    (window as unknown as { __backfillProbe: typeof probe }).__backfillProbe = probe;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        probe.longTasks.push(entry.duration);
        probe.longTaskStarts.push(entry.startTime - probe.started);
      }
    }).observe({ type: 'longtask' });
    const panel = document.querySelector('.backfill')!;
    new MutationObserver(() => {
      if (panel.querySelector('progress')) probe.lastProgressAt = performance.now() - probe.started;
    }).observe(panel, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const started = Date.now();
  await report.evaluate(() => {
    (window as unknown as { __backfillProbe: { started: number } }).__backfillProbe.started =
      performance.now();
  });
  await report.locator('.backfill form button[type=submit]').click();
  const outcome = await backfillOutcome(report, timeout);
  const elapsed = Date.now() - started;
  // One more frame, so a long task that ended with the summary is counted.
  await report.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))),
  );
  const probe = await report.evaluate(() => {
    const p = (window as unknown as { __backfillProbe: Omit<BackfillProbe, 'elapsed' | 'outcome'> })
      .__backfillProbe;
    return { longTasks: p.longTasks, longTaskStarts: p.longTaskStarts, lastProgressAt: p.lastProgressAt };
  });
  return { ...probe, elapsed, outcome };
}
