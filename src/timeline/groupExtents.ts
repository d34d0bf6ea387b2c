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

/**
 * Splits the index's extents by group code and sorts the ends; O(n log n) once per index,
 * grouping and filter. With `among`, only those events count (the ones matching the filters),
 * so the index and the group codes stay those of the whole bundle.
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
  const filled = new Int32Array(names.length);
  // The index is sorted by start, so each group's starts come out sorted too.
  const allStarts = among ? new Float64Array(total) : index.start;
  const allEnds = new Float64Array(total);
  let n = 0;
  for (let i = 0; i < codes.length; i++) {
    if (!counted(i)) continue;
    const c = codes[i]!;
    const k = filled[c]!++;
    starts[c]![k] = index.start[i]!;
    ends[c]![k] = index.end[i]!;
    if (among) allStarts[n] = index.start[i]!;
    allEnds[n++] = index.end[i]!;
  }
  for (const e of ends) e.sort();
  return { starts, ends, allStarts, allEnds: allEnds.sort() };
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
