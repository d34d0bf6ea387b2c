import type { EventRecord } from '../data/bundleSchema';
import { emptyBitset, hasBit, setBit, type Bitset } from '../derive/bitset';
import { eventTimes } from '../derive/eventTimes';
import { countBelow } from '../derive/sortedCounts';

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
  /** Where each event (in the order of `events`) stands in the list the index was built from. */
  position: Uint32Array;
  /** True when the list was already in index order, so every position is its own index. */
  identity: boolean;
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
 * shares the list and its extents instead of copying them.
 */
export function buildEventIndex(input: EventRecord[]): EventIndex {
  const times = eventTimes(input);
  if (inIndexOrder(input, times.start)) {
    const position = new Uint32Array(input.length);
    for (let i = 0; i < position.length; i++) position[i] = i;
    return { events: input, start: times.start, end: times.end, maxSpan: times.maxSpan, position, identity: true };
  }
  const order = Array.from(input.keys());
  order.sort((a, b) => times.start[a]! - times.start[b]! || (input[a]!.id < input[b]!.id ? -1 : 1));
  const start = new Float64Array(order.length);
  const end = new Float64Array(order.length);
  order.forEach((p, i) => {
    start[i] = times.start[p]!;
    end[i] = times.end[p]!;
  });
  return { events: order.map((p) => input[p]!), start, end, maxSpan: times.maxSpan, position: Uint32Array.from(order), identity: false };
}

/**
 * A set of positions in the list the index was built from (a bundle's order, as the filters
 * mark them), as a set of index positions; undefined (every event) stays undefined. When the
 * list was already in index order the positions are the same and the set is handed on as is.
 */
export function indexOrderBits(index: EventIndex, listed: Bitset | undefined): Bitset | undefined {
  if (!listed || index.identity) return listed;
  const bits = emptyBitset(index.position.length);
  for (let i = 0; i < index.position.length; i++) if (hasBit(listed, index.position[i]!)) setBit(bits, i);
  return bits;
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
  for (let i = countBelow(index.start, from - index.maxSpan); i < last; i++) if (index.end[i]! > from && (!among || among[i >>> 5]! & (1 << (i & 31)))) n++;
  return n;
}
