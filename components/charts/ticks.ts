/** Room one x-axis label needs ("30 Nov" in the small size, with space around it). */
const LABEL_ROOM = 64;

/**
 * Which labels the x axis writes out: the first and the last, and evenly spaced ones between, as many as fit
 * `width` pixels without touching, so a chart of 3 weeks and one of 104 both read.
 */
export function axisTicks(count: number, width: number): number[] {
  if (count <= 0) return [];
  if (count === 1) return [0];
  const fit = Math.max(2, Math.floor(width / LABEL_ROOM));
  const every = Math.ceil((count - 1) / (fit - 1));
  const ticks: number[] = [];
  for (let i = 0; i < count - 1; i += every) ticks.push(i);
  // The last label always shows; one between that would crowd it gives way.
  if (ticks.length > 1 && count - 1 - ticks[ticks.length - 1]! < every / 2) ticks.pop();
  ticks.push(count - 1);
  return ticks;
}

/** Runs of consecutive indexes with a value, so a week without messages leaves a gap, not a fake zero. */
export function segments(values: (number | null)[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push(i);
  });
  if (run.length) runs.push(run);
  return runs;
}
