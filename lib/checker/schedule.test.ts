import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScheduler } from './schedule';

function setup(runDelay = 50) {
  let text = 'a';
  const results: string[] = [];
  const runs: string[] = [];
  const controller = new AbortController();
  const scheduler = createScheduler<string, string>({
    read: () => text,
    same: (a, b) => a === b,
    run: (state) => {
      runs.push(state);
      return new Promise((resolve) => setTimeout(() => resolve(`report of ${state}`), runDelay));
    },
    onResult: (_state, result) => results.push(result),
    onError: () => {},
    delay: 300,
    signal: controller.signal,
  });
  return { scheduler, results, runs, controller, type: (t: string) => (text = t) };
}

describe('analysis scheduling', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a pause in typing, then analyses the latest text once', async () => {
    const { scheduler, runs, results, type } = setup();
    for (const text of ['H', 'He', 'Hel', 'Hell']) {
      type(text);
      scheduler.changed();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(300);
    expect(runs).toEqual(['Hell']);
    await vi.advanceTimersByTimeAsync(50);
    expect(results).toEqual(['report of Hell']);
  });

  it('drops a result for text that changed while it was analysed, and analyses again', async () => {
    const { scheduler, runs, results, type } = setup(200);
    type('first');
    scheduler.now();
    await vi.advanceTimersByTimeAsync(100);
    type('second');
    scheduler.changed();
    await vi.advanceTimersByTimeAsync(100);
    expect(results).toEqual([]);
    await vi.advanceTimersByTimeAsync(600);
    expect(runs).toEqual(['first', 'second']);
    expect(results).toEqual(['report of second']);
  });

  it('keeps one analysis in flight at a time', async () => {
    const { scheduler, runs, type } = setup(1000);
    type('one');
    scheduler.now();
    type('two');
    scheduler.now();
    scheduler.now();
    expect(runs).toEqual(['one']);
    await vi.advanceTimersByTimeAsync(1400);
    expect(runs).toEqual(['one', 'two']);
  });

  it('stops when the compose box goes away', async () => {
    const { scheduler, runs, controller } = setup();
    scheduler.changed();
    controller.abort();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toEqual([]);
  });
});
