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
}

/** Works out the extents of every event of a list in one pass. */
export function computeEventTimes(events: readonly EventRecord[]): EventTimes {
  const start = new Float64Array(events.length);
  const end = new Float64Array(events.length);
  let maxSpan = 0;
  for (let i = 0; i < events.length; i++) {
    const [a, b] = eventExtent(events[i]!.date);
    start[i] = a;
    end[i] = b;
    if (b - a > maxSpan) maxSpan = b - a;
  }
  return { start, end, maxSpan };
}
