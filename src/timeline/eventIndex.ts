import type { EventRecord } from '../data/bundleSchema';
import { extentOf } from './eventExtent';

/**
 * The events with their time extents computed once and sorted by start, so the timeline can
 * find what a window shows by binary search instead of parsing every date on every frame.
 */
export interface EventIndex {
  events: EventRecord[];
  /** Start of each event (ms), in the order of `events`, which is sorted by start. */
  start: Float64Array;
  end: Float64Array;
  /** The longest extent, to know how far back a window must look for events still running. */
  maxSpan: number;
}

/** Builds the index; O(n log n) once per set of events. */
export function buildEventIndex(input: EventRecord[]): EventIndex {
  const withExtent = input.map((e) => ({ e, x: extentOf(e) }));
  withExtent.sort((a, b) => a.x[0] - b.x[0] || (a.e.id < b.e.id ? -1 : 1));
  const start = new Float64Array(withExtent.length);
  const end = new Float64Array(withExtent.length);
  let maxSpan = 0;
  withExtent.forEach(({ x }, i) => {
    start[i] = x[0];
    end[i] = x[1];
    if (x[1] - x[0] > maxSpan) maxSpan = x[1] - x[0];
  });
  return { events: withExtent.map((w) => w.e), start, end, maxSpan };
}

/** First index whose start is >= t. */
function lowerBound(a: Float64Array, t: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indexes of the events overlapping [from, to), in start order. */
export function indexesInWindow(index: EventIndex, from: number, to: number): number[] {
  const out: number[] = [];
  const last = lowerBound(index.start, to);
  for (let i = lowerBound(index.start, from - index.maxSpan); i < last; i++) {
    if (index.end[i]! > from) out.push(i);
  }
  return out;
}

/** How many events overlap [from, to), without building a list. */
export function countInWindow(index: EventIndex, from: number, to: number): number {
  let n = 0;
  const last = lowerBound(index.start, to);
  for (let i = lowerBound(index.start, from - index.maxSpan); i < last; i++) if (index.end[i]! > from) n++;
  return n;
}
