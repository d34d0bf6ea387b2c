import type { ScaleTime } from 'd3-scale';
import type { LaneGrouping } from '../state/viewState';
import type { EventIndex } from './eventIndex';
import { groupOf, ROW_HEIGHT } from './timelineModel';

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

/** Each indexed event's lane group as a small integer, with the group names: computed once per index and grouping. */
export interface GroupCodes {
  codes: Int32Array;
  names: string[];
}

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
 * Bins the events in view per lane: an event counts in every bin its extent covers, so a bin
 * says how many events were under way then. The busiest `maxLanes - 1` groups get their own
 * lane; the rest share one, so a corpus with a hundred places still fits the screen. It runs
 * on every zoom frame, hence typed arrays indexed by group code instead of maps of strings.
 */
export function buildDensityModel(
  index: EventIndex,
  visible: number[],
  scale: ScaleTime<number, number>,
  grouping: LaneGrouping,
  groupLabel: (group: string) => string,
  maxLanes = 12,
  /** The index's group codes for this grouping, computed once rather than on every frame. */
  groups: GroupCodes = groupCodes(index, grouping),
): DensityModel {
  const { codes, names } = groups;
  const [r0, r1] = scale.range() as [number, number];
  const binCount = Math.max(1, Math.ceil((r1 - r0) / BIN_PX));
  const totals = new Uint32Array(names.length);
  for (let k = 0; k < visible.length; k++) totals[codes[visible[k]!]!]!++;
  const ranked: number[] = [];
  for (let c = 0; c < names.length; c++) if (totals[c]! > 0) ranked.push(c);
  ranked.sort((a, b) => totals[b]! - totals[a]! || names[a]!.localeCompare(names[b]!));
  const own = ranked.slice(0, ranked.length > maxLanes ? maxLanes - 1 : maxLanes).map((c) => names[c]!);
  const order = [...own].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : groupLabel(a).localeCompare(groupLabel(b))));
  if (own.length < ranked.length) order.push(OTHER_GROUP);
  const lanes: DensityLane[] = order.map((g, row) => ({
    group: g,
    label: g === OTHER_GROUP ? `${ranked.length - own.length} more` : g === '' ? (grouping === 'place' ? 'No place' : 'Other') : groupLabel(g),
    y: row * ROW_HEIGHT,
    counts: new Uint32Array(binCount),
    total: 0,
  }));
  // Lane of each group code; groups past the busiest share the last lane.
  const laneOfCode = new Int32Array(names.length).fill(lanes.length - 1);
  const rowOf = new Map(order.map((g, row) => [g, row]));
  names.forEach((g, c) => {
    const row = rowOf.get(g);
    if (row !== undefined && g !== OTHER_GROUP) laneOfCode[c] = row;
  });
  const d0 = scale.domain()[0]!.getTime();
  const d1 = scale.domain()[1]!.getTime();
  const pxPerMs = (r1 - r0) / (d1 - d0);
  let maxCount = 0;
  for (let k = 0; k < visible.length; k++) {
    const i = visible[k]!;
    const lane = lanes[laneOfCode[codes[i]!]!]!;
    lane.total++;
    const counts = lane.counts;
    const b0 = Math.max(0, Math.floor(((index.start[i]! - d0) * pxPerMs) / BIN_PX));
    const b1 = Math.min(binCount - 1, Math.floor(((index.end[i]! - d0) * pxPerMs - 0.001) / BIN_PX));
    for (let b = b0; b <= Math.max(b0, b1) && b < binCount; b++) {
      const c = ++counts[b]!;
      if (c > maxCount) maxCount = c;
    }
  }
  return { lanes, binCount, maxCount, height: order.length * ROW_HEIGHT };
}

/** What lies under a point of the density drawing: the lane, the bin's time range and its count. */
export function hitTestDensity(model: DensityModel, scale: ScaleTime<number, number>, x: number, y: number) {
  const lane = model.lanes[Math.floor(y / ROW_HEIGHT)];
  if (!lane || x < 0) return undefined;
  const bin = Math.floor(x / BIN_PX);
  if (bin >= model.binCount) return undefined;
  return { lane, count: lane.counts[bin]!, from: scale.invert(bin * BIN_PX).getTime(), to: scale.invert((bin + 1) * BIN_PX).getTime() };
}
