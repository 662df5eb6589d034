/**
 * The finding under a click: the index of the range whose painted text contains the point. Where ranges
 * overlap (a vague deadline inside a long sentence) the shortest one wins: it is the one the user pointed at.
 */
export function findingAt(ranges: readonly (Range | null)[], x: number, y: number): number {
  let best = -1;
  let bestLength = Number.POSITIVE_INFINITY;
  ranges.forEach((range, index) => {
    if (!range) return;
    const hit = [...range.getClientRects()].some(
      (r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom,
    );
    const length = range.toString().length;
    if (hit && length < bestLength) {
      best = index;
      bestLength = length;
    }
  });
  return best;
}
