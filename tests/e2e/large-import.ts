import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const WEEK = 7 * 86_400_000;

/** A history export of `count` entries over the last `weeks` weeks up to an hour ago, written to a temp file. */
export async function writeLargeHistory(
  count: number,
  now: number,
  weeks = 26,
): Promise<{ path: string; times: number[]; scores: number[]; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'clearsend-large-history-'));
  const path = join(dir, 'history.json');
  const out = createWriteStream(path);
  const write = (chunk: string) =>
    new Promise<void>((resolve) => (out.write(chunk) ? resolve() : out.once('drain', () => resolve())));
  const first = now - weeks * WEEK;
  const step = (weeks * WEEK - 3_600_000) / count;
  const times: number[] = [];
  const scores: number[] = [];
  await write(
    `{"format":"clearsend-history","version":1,"exportedAt":"${new Date(now).toISOString()}","entries":[`,
  );
  let chunk = '';
  for (let i = 0; i < count; i++) {
    const time = Math.floor(first + i * step);
    const score = 40 + (i % 61);
    times.push(time);
    scores.push(score);
    const entry = {
      key: `large-${i}`,
      time,
      site: (['gmail', 'slack', 'notion'] as const)[i % 3],
      score,
      words: 20 + (i % 80),
      categories: { deadline: i % 2, recipient: i % 3 === 0 ? 1 : 0 },
      rules: i % 2 ? { 'vague-deadline': 1 } : {},
      fixes: i % 5 === 0 ? 1 : 0,
    };
    chunk += (i ? ',' : '') + JSON.stringify(entry);
    if (chunk.length > 1_000_000) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(`${chunk}]}`);
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return { path, times, scores, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface ImportProbe {
  /** Every long task (> 50 ms) the report page had from choosing the file to the outcome, in ms. */
  longTasks: number[];
  /** The longest gap between two animation frames in that time, in ms: what a user scrolling would feel. */
  longestFrameGap: number;
  /** Every distinct status line the page showed meanwhile, in order, with when (ms after choosing the file). */
  statuses: { text: string; at: number }[];
  /** From choosing the file to the outcome, in ms. */
  elapsed: number;
  outcome: string;
}

/** Chooses `path` in the report page's import field and watches the page until the outcome is shown. */
export async function importWithProbe(report: Page, path: string, timeout: number): Promise<ImportProbe> {
  // A background tab's frames are throttled: face the page, as the user choosing the file does.
  await report.bringToFront();
  await report.evaluate(() => {
    const probe = {
      longTasks: [] as number[],
      longestFrameGap: 0,
      statuses: [] as { text: string; at: number }[],
      running: true,
      started: 0,
    };
    (window as unknown as { __importProbe: typeof probe }).__importProbe = probe;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    let last = performance.now();
    const frame = (at: number) => {
      probe.longestFrameGap = Math.max(probe.longestFrameGap, at - last);
      last = at;
      if (probe.running) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const tools = document.querySelector('.data-tools')!;
    new MutationObserver(() => {
      const text = tools.querySelector('[role=status], [role=alert]')?.textContent ?? '';
      if (text && probe.statuses.at(-1)?.text !== text)
        probe.statuses.push({ text, at: performance.now() - probe.started });
    }).observe(tools, { subtree: true, childList: true, characterData: true });
  });
  const started = Date.now();
  await report.evaluate(() => {
    (window as unknown as { __importProbe: { started: number } }).__importProbe.started = performance.now();
  });
  await report.locator('.data-tools input[type=file]').setInputFiles(path);
  const outcome = report.locator('.data-tools').getByText(/^(Imported|Nothing was imported)/);
  await outcome.waitFor({ timeout });
  const elapsed = Date.now() - started;
  // One more frame, so a long task that ended with the outcome is counted.
  await report.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))),
  );
  const probe = await report.evaluate(() => {
    const p = (
      window as unknown as { __importProbe: Omit<ImportProbe, 'elapsed' | 'outcome'> & { running: boolean } }
    ).__importProbe;
    p.running = false;
    return { longTasks: p.longTasks, longestFrameGap: p.longestFrameGap, statuses: p.statuses };
  });
  return { ...probe, elapsed, outcome: (await outcome.textContent()) ?? '' };
}
