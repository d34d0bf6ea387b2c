import type { EventRecord } from '../data/bundleSchema';
import { eventExtent } from './eventExtent';

/** The extents of a list of events as two typed arrays, in the list's order. */
export interface EventTimes {
  /** Start of each event's extent (ms since the epoch), by position in the list. */
  start: Float64Array;
  /** End (exclusive) of each event's extent, by position in the list. */
  end: Float64Array;
  /** The longest extent, to know how far back a window must look for events still running. */
  maxSpan: number;
  /** The earliest start and the latest end, or undefined for an empty list. */
  union?: [number, number];
}

/** Works out the extents of every event of a list in one pass. */
export function computeEventTimes(events: readonly EventRecord[]): EventTimes {
  const start = new Float64Array(events.length);
  const end = new Float64Array(events.length);
  let maxSpan = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < events.length; i++) {
    const [a, b] = eventExtent(events[i]!.date);
    start[i] = a;
    end[i] = b;
    if (b - a > maxSpan) maxSpan = b - a;
    if (a < lo) lo = a;
    if (b > hi) hi = b;
  }
  return { start, end, maxSpan, ...(events.length ? { union: [lo, hi] as [number, number] } : {}) };
}

// The bundle's list of events stays the same array for as long as it is loaded, and the
// timeline's index, the filter index and the corpus domain all need its extents before the
// first draw: one pass into two typed arrays serves them all, instead of a cached pair per
// event (100,000 small arrays in a WeakMap showed as garbage collection in the first draw).
const cache = new WeakMap<readonly EventRecord[], EventTimes>();

/** The extents of a list of events, computed on first use and kept for as long as the list lives. */
export function eventTimes(events: readonly EventRecord[]): EventTimes {
  let times = cache.get(events);
  // A list is not expected to change once made, but a changed length must not read stale extents.
  if (!times || times.start.length !== events.length) cache.set(events, (times = computeEventTimes(events)));
  return times;
}
