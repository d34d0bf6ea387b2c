import type { ScaleTime } from 'd3-scale';
import type { LaneGrouping } from '../state/viewState';
import type { EventIndex } from '../derive/eventIndex';
import { countOverlapping, type GroupCodes, type GroupExtents } from '../derive/groupExtents';
import { countAtMost, countBelow } from '../derive/sortedCounts';
import { groupOf, ROW_HEIGHT } from './timelineModel';
import { bisector } from 'd3-array';

/** Width of one density bin in pixels. */
export const BIN_PX = 3;

/** Counts of events per bin for one lane. */
export interface DensityLane {
  group: string;
  label: string;
  y: number;
  counts: Uint32Array;
  total: number;
}

/** Binned counts per lane: what the timeline draws when too many events share the pixels. */
export interface DensityModel {
  lanes: DensityLane[];
  binCount: number;
  maxCount: number;
  height: number;
}

/** The group every lane past the busiest few falls into. */
export const OTHER_GROUP = '__other__';

/** Codes the group of every event of the index, so a frame compares integers rather than strings. */
export function groupCodes(index: EventIndex, grouping: LaneGrouping): GroupCodes {
  const codeOf = new Map<string, number>();
  const names: string[] = [];
  const codes = new Int32Array(index.events.length);
  index.events.forEach((e, i) => {
    const g = groupOf(e, grouping);
    let c = codeOf.get(g);
    if (c === undefined) {
      c = names.length;
      codeOf.set(g, c);
      names.push(g);
    }
    codes[i] = c;
  });
  return { codes, names };
}

/**
 * Counts into `out` the extents under way in each bin of the window [from, to), as if each
 * extent in view were added to every bin from the one holding its start to the one holding its
 * end: bin b holds the extents whose start bin is at most b, less those whose end bin is
 * before b. Both are prefixes of the sorted starts and ends, found by binary search, so the
 * cost is bins × log(events) however many events the window holds.
 */
export function binExtents(
  starts: Float64Array,
  ends: Float64Array,
  from: number,
  to: number,
  d0: number,
  pxPerMs: number,
  out: Uint32Array,
) {
  const startedBeforeTo = countBelow(starts, to);
  const endedByFrom = countAtMost(ends, from);
  // The bin of a start, floor((start - d0) * pxPerMs / BIN_PX), and the last bin of an end (the
  // 0.001 px keeps an end on a bin edge out of that bin): both ascend with the times.
  const startBin = bisector((t: number) => Math.floor(((t - d0) * pxPerMs) / BIN_PX));
  const endBin = bisector((t: number) => Math.floor(((t - d0) * pxPerMs - 0.001) / BIN_PX));
  let started = 0;
  let ended = 0;
  for (let b = 0; b < out.length; b++) {
    // Starts whose bin is at most b, and ends whose last bin is before b.
    started = startBin.right(starts, b, started, startedBeforeTo);
    ended = b === 0 ? endedByFrom : endBin.left(ends, b, ended, ends.length);
    out[b] = Math.max(0, started - ended);
  }
}

/**
 * Bins the events in the window per lane: an event counts in every bin its extent covers, so a
 * bin says how many events were under way then. The busiest `maxLanes - 1` groups get their own
 * lane; the rest share one, so a corpus with a hundred places still fits the screen. It runs
 * on every zoom frame, hence counts by binary search over sorted extents rather than a pass
 * over the events in view.
 */
export function buildDensityModel(
  extents: GroupExtents,
  groups: GroupCodes,
  window: [number, number],
  scale: ScaleTime<number, number>,
  grouping: LaneGrouping,
  groupLabel: (group: string) => string,
  maxLanes = 12,
): DensityModel {
  const { names } = groups;
  const [from, to] = window;
  const [r0, r1] = scale.range() as [number, number];
  const binCount = Math.max(1, Math.ceil((r1 - r0) / BIN_PX));
  const totals = new Uint32Array(names.length);
  for (let c = 0; c < names.length; c++) totals[c] = countOverlapping(extents.starts[c]!, extents.ends[c]!, from, to);
  const ranked: number[] = [];
  for (let c = 0; c < names.length; c++) if (totals[c]! > 0) ranked.push(c);
  ranked.sort((a, b) => totals[b]! - totals[a]! || names[a]!.localeCompare(names[b]!));
  const ownCodes = ranked.slice(0, ranked.length > maxLanes ? maxLanes - 1 : maxLanes);
  const order = [...ownCodes].sort((a, b) => {
    const ga = names[a]!;
    const gb = names[b]!;
    return ga === '' ? 1 : gb === '' ? -1 : groupLabel(ga).localeCompare(groupLabel(gb));
  });
  const hasOther = ownCodes.length < ranked.length;
  const d0 = scale.domain()[0]!.getTime();
  const pxPerMs = (r1 - r0) / (scale.domain()[1]!.getTime() - d0);
  const lanes: DensityLane[] = order.map((c, row) => {
    const g = names[c]!;
    const counts = new Uint32Array(binCount);
    binExtents(extents.starts[c]!, extents.ends[c]!, from, to, d0, pxPerMs, counts);
    return {
      group: g,
      label: g === '' ? (grouping === 'place' ? 'No place' : 'Other') : groupLabel(g),
      y: row * ROW_HEIGHT,
      counts,
      total: totals[c]!,
    };
  });
  if (hasOther) {
    // The shared lane: every event, less those in a lane of their own.
    const counts = new Uint32Array(binCount);
    binExtents(extents.allStarts, extents.allEnds, from, to, d0, pxPerMs, counts);
    let total = countOverlapping(extents.allStarts, extents.allEnds, from, to);
    for (const lane of lanes) {
      total -= lane.total;
      for (let b = 0; b < binCount; b++) counts[b]! -= lane.counts[b]!;
    }
    lanes.push({ group: OTHER_GROUP, label: `${ranked.length - ownCodes.length} more`, y: lanes.length * ROW_HEIGHT, counts, total });
  }
  let maxCount = 0;
  for (const lane of lanes) for (let b = 0; b < binCount; b++) if (lane.counts[b]! > maxCount) maxCount = lane.counts[b]!;
  return { lanes, binCount, maxCount, height: lanes.length * ROW_HEIGHT };
}

/** What lies under a point of the density drawing: the lane, the bin's time range and its count. */
export function hitTestDensity(model: DensityModel, scale: ScaleTime<number, number>, x: number, y: number) {
  const lane = model.lanes[Math.floor(y / ROW_HEIGHT)];
  if (!lane || x < 0) return undefined;
  const bin = Math.floor(x / BIN_PX);
  if (bin >= model.binCount) return undefined;
  return { lane, count: lane.counts[bin]!, from: scale.invert(bin * BIN_PX).getTime(), to: scale.invert((bin + 1) * BIN_PX).getTime() };
}
