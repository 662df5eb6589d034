export interface BoundaryPoint {
  node: Node;
  offset: number;
}

/** Where a run of the mapped text came from. */
export type SegmentSource =
  | { kind: 'text'; node: Text }
  | { kind: 'island'; element: Element }
  | { kind: 'break'; before: BoundaryPoint; after: BoundaryPoint };

/** One run of the mapped text; runs are contiguous and in document order. */
export type Segment = { start: number; end: number } & SegmentSource;

/**
 * The DOM point for a text offset. A range's start prefers the run that begins at the offset and its end the run
 * that finishes there, so a range never swallows a neighbouring island or line break. Null inside an island.
 */
export function segmentAt(segments: Segment[], offset: number, edge: 'start' | 'end'): BoundaryPoint | null {
  if (segments.length === 0) return null;
  const index =
    edge === 'start' ? firstEndingAfter(segments, offset) : firstEndingAtOrAfter(segments, offset);
  const segment = segments[Math.min(index, segments.length - 1)]!;
  const at = Math.min(Math.max(offset, segment.start), segment.end);
  switch (segment.kind) {
    case 'text':
      return { node: segment.node, offset: at - segment.start };
    case 'break':
      return at === segment.start ? segment.before : segment.after;
    case 'island': {
      if (at !== segment.start && at !== segment.end) return null;
      const parent = segment.element.parentNode;
      if (!parent) return null;
      const index = Array.prototype.indexOf.call(parent.childNodes, segment.element);
      return { node: parent, offset: at === segment.start ? index : index + 1 };
    }
  }
}

function firstEndingAfter(segments: Segment[], offset: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (segments[mid]!.end > offset) high = mid;
    else low = mid + 1;
  }
  return low;
}

function firstEndingAtOrAfter(segments: Segment[], offset: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (segments[mid]!.end >= offset) high = mid;
    else low = mid + 1;
  }
  return low;
}
