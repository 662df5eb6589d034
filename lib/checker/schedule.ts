/**
 * Runs an analysis after the writer pauses, never on the keystroke itself: one request in flight at a time,
 * and a result that no longer matches the text is dropped rather than drawn over newer words.
 */
export interface SchedulerOptions<S, R> {
  /** Reads the current state of the compose box (cheap: plain text and metadata). */
  read(): S;
  /** Whether two reads describe the same draft, so a result for one still fits the other. */
  same(a: S, b: S): boolean;
  run(state: S): Promise<R>;
  onResult(state: S, result: R): void;
  onError(error: unknown): void;
  /** Idle pause after the last change before analysing, in ms. */
  delay: number;
  signal: AbortSignal;
}

export interface Scheduler {
  /** Something changed: analyse after the idle pause. */
  changed(): void;
  /** Analyse now (first look at a box, a settings change). */
  now(): void;
}

export function createScheduler<S, R>(options: SchedulerOptions<S, R>): Scheduler {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight = false;
  let pending = false;

  options.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

  async function start(): Promise<void> {
    if (options.signal.aborted) return;
    if (inFlight) {
      pending = true;
      return;
    }
    inFlight = true;
    pending = false;
    const state = options.read();
    try {
      const result = await options.run(state);
      if (options.signal.aborted) return;
      // The writer kept typing while we analysed: this result describes old text, so ask again instead.
      if (options.same(state, options.read())) options.onResult(state, result);
      else pending = true;
    } catch (error) {
      if (!options.signal.aborted) options.onError(error);
    } finally {
      inFlight = false;
      if (pending && !options.signal.aborted) schedule();
    }
  }

  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(start, options.delay);
  }

  return {
    changed: schedule,
    now() {
      clearTimeout(timer);
      void start();
    },
  };
}
