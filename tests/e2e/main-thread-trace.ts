import type { CDPSession, Page } from 'playwright-core';

/** One task on a page's main thread: when it started (ms after the trace began), its wall time and its CPU time. */
export interface MainThreadTask {
  at: number;
  wall: number;
  cpu: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { frames?: { url: string; processId: number }[] } };
}

/**
 * Traces `page`'s main thread with Chromium's own timeline: `stop()` gives every task of it over 1 ms with its wall
 * and CPU time. A long task (> 50 ms wall) with little CPU is the machine holding the page's thread, not the page's
 * work: on a shared machine the two need telling apart.
 */
export async function traceMainThread(page: Page): Promise<{ stop(): Promise<MainThreadTask[]> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  const url = page.url();
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      const frames = events.find((e) => e.name === 'TracingStartedInBrowser')?.args?.data?.frames ?? [];
      const pid = frames.find((f) => f.url === url)?.processId;
      const main = events.find(
        (e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
      );
      const tasks = events.filter(
        (e) => e.pid === pid && e.tid === main?.tid && e.name === 'RunTask' && (e.dur ?? 0) > 1000,
      );
      const start = Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
      return tasks.map((e) => ({
        at: (e.ts - start) / 1000,
        wall: e.dur! / 1000,
        cpu: (e.tdur ?? 0) / 1000,
      }));
    },
  };
}
