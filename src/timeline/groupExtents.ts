import { hasBit, type Bitset } from '../filter/bitset';
import type { GroupCodes } from './densityModel';
import type { EventIndex } from './eventIndex';

/**
 * The events' extents per lane group, starts and ends each sorted on their own, and the same
 * for all events: enough to count the events under way in any time range by binary search,
 * so a zoom frame costs the number of bins, not the number of events.
 */
export interface GroupExtents {
  /** Starts (ms) of each group's events, ascending, indexed by group code. */
  starts: Float64Array[];
  /** Ends (ms) of each group's events, ascending, indexed by group code. */
  ends: Float64Array[];
  allStarts: Float64Array;
  allEnds: Float64Array;
}

/** The positions of the index's events in ascending order of their ends. */
export function endOrder(index: EventIndex): Uint32Array {
  const { end } = index;
  return Uint32Array.from(end.keys()).sort((a, b) => end[a]! - end[b]!);
}

// One end order per index: a facet click keeps the index, so the sort runs once per bundle
// rather than once per click.
const endOrders = new WeakMap<EventIndex, Uint32Array>();

/** The end order of an index, sorted on first use and then kept for as long as the index lives. */
export function endOrderOf(index: EventIndex): Uint32Array {
  let order = endOrders.get(index);
  if (!order || order.length !== index.end.length) endOrders.set(index, (order = endOrder(index)));
  return order;
}

/**
 * Splits the index's extents by group code, each group's starts and ends ascending; O(n) per
 * grouping and filter. The starts come out sorted because the index is sorted by start, and the
 * ends because they are read in the index's end order (sorted once per index), so a facet
 * click never sorts. With `among`, only those events count (the ones matching the filters), so
 * the index and the group codes stay those of the whole bundle.
 */
export function groupExtents(index: EventIndex, groups: GroupCodes, among?: Bitset): GroupExtents {
  const { codes, names } = groups;
  const sizes = new Int32Array(names.length);
  const counted = (i: number) => !among || hasBit(among, i);
  let total = 0;
  for (let i = 0; i < codes.length; i++) {
    if (!counted(i)) continue;
    sizes[codes[i]!]!++;
    total++;
  }
  const starts = names.map((_, c) => new Float64Array(sizes[c]!));
  const ends = names.map((_, c) => new Float64Array(sizes[c]!));
  const allStarts = among ? new Float64Array(total) : index.start;
  const allEnds = new Float64Array(total);
  const filled = new Int32Array(names.length);
  let n = 0;
  for (let i = 0; i < codes.length; i++) {
    if (!counted(i)) continue;
    const c = codes[i]!;
    starts[c]![filled[c]!++] = index.start[i]!;
    if (among) allStarts[n++] = index.start[i]!;
  }
  filled.fill(0);
  n = 0;
  const order = endOrderOf(index);
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (!counted(i)) continue;
    const c = codes[i]!;
    ends[c]![filled[c]!++] = index.end[i]!;
    allEnds[n++] = index.end[i]!;
  }
  return { starts, ends, allStarts, allEnds };
}

/** How many of the ascending `sorted` are below `t`. */
export function countBelow(sorted: Float64Array, t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of the ascending `sorted` are at or below `t`. */
export function countAtMost(sorted: Float64Array, t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How many extents overlap [from, to): those that start before `to`, less those that ended by
 * `from` (an extent never ends before it starts, so every one of those started before `to`).
 */
export function countOverlapping(starts: Float64Array, ends: Float64Array, from: number, to: number): number {
  return Math.max(0, countBelow(starts, to) - countAtMost(ends, from));
}
