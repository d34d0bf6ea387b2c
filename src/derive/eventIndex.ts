import type { EventRecord } from '../data/bundleSchema';
import { hasBit, type Bitset } from './bitset';
import { computeEventTimes } from './eventTimes';
import { countBelow } from './sortedCounts';

/**
 * Events with their time extents computed once and sorted by start, so a window's events are
 * found by binary search instead of parsing every date on every frame.
 */
export interface EventIndex {
  events: EventRecord[];
  /** Start of each event (ms), in the order of `events`, which is sorted by start. */
  start: Float64Array;
  end: Float64Array;
  /** The longest extent, to know how far back a window must look for events still running. */
  maxSpan: number;
}

/** True when the list is already in index order: by extent start, then by id. */
function inIndexOrder(events: readonly EventRecord[], start: Float64Array): boolean {
  for (let i = 1; i < events.length; i++) {
    const d = start[i]! - start[i - 1]!;
    if (d < 0 || (d === 0 && !(events[i - 1]!.id < events[i]!.id))) return false;
  }
  return true;
}

/**
 * Builds the index; O(n log n) once per set of events, and O(n) when they are already in its
 * order, as a loaded bundle's events are (parseBundle sorts them by date): the index then
 * shares the list instead of copying it.
 */
export function buildEventIndex(input: EventRecord[]): EventIndex {
  const times = computeEventTimes(input);
  if (inIndexOrder(input, times.start)) return { events: input, start: times.start, end: times.end, maxSpan: times.maxSpan };
  const order = Array.from(input.keys());
  order.sort((a, b) => times.start[a]! - times.start[b]! || (input[a]!.id < input[b]!.id ? -1 : 1));
  const start = new Float64Array(order.length);
  const end = new Float64Array(order.length);
  order.forEach((p, i) => {
    start[i] = times.start[p]!;
    end[i] = times.end[p]!;
  });
  return { events: order.map((p) => input[p]!), start, end, maxSpan: times.maxSpan };
}

/** Indexes of the events overlapping [from, to), in start order; only those in `among` when given. */
export function indexesInWindow(index: EventIndex, from: number, to: number, among?: Bitset): number[] {
  const out: number[] = [];
  const last = countBelow(index.start, to);
  for (let i = countBelow(index.start, from - index.maxSpan); i < last; i++) {
    if (index.end[i]! > from && (!among || hasBit(among, i))) out.push(i);
  }
  return out;
}

/** How many events overlap [from, to) (of those in `among`, when given), without building a list. */
export function countInWindow(index: EventIndex, from: number, to: number, among?: Bitset): number {
  let n = 0;
  const last = countBelow(index.start, to);
  // The bit test is written out: this runs once per click, before a helper call would be inlined.
  for (let i = countBelow(index.start, from - index.maxSpan); i < last; i++)
    if (index.end[i]! > from && (!among || among[i >>> 5]! & (1 << (i & 31)))) n++;
  return n;
}
