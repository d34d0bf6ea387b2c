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

/**
 * Bins the events in view per lane: an event counts in every bin its extent covers, so a bin
 * says how many events were under way then. The busiest `maxLanes - 1` groups get their own
 * lane; the rest share one, so a corpus with a hundred places still fits the screen.
 */
export function buildDensityModel(
  index: EventIndex,
  visible: number[],
  scale: ScaleTime<number, number>,
  grouping: LaneGrouping,
  groupLabel: (group: string) => string,
  maxLanes = 12,
  /** Each indexed event's group, computed once per grouping rather than on every frame. */
  groups: string[] = index.events.map((e) => groupOf(e, grouping)),
): DensityModel {
  const [r0, r1] = scale.range() as [number, number];
  const binCount = Math.max(1, Math.ceil((r1 - r0) / BIN_PX));
  const groupOfIndex = new Array<string>(visible.length);
  const totals = new Map<string, number>();
  visible.forEach((i, k) => {
    const g = groups[i]!;
    groupOfIndex[k] = g;
    totals.set(g, (totals.get(g) ?? 0) + 1);
  });
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const own = new Set(ranked.slice(0, ranked.length > maxLanes ? maxLanes - 1 : maxLanes).map(([g]) => g));
  const laneOf = new Map<string, DensityLane>();
  const order = [...own].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : groupLabel(a).localeCompare(groupLabel(b))));
  if (own.size < ranked.length) order.push(OTHER_GROUP);
  order.forEach((g, row) => {
    laneOf.set(g, {
      group: g,
      label: g === OTHER_GROUP ? `${ranked.length - own.size} more` : g === '' ? (grouping === 'place' ? 'No place' : 'Other') : groupLabel(g),
      y: row * ROW_HEIGHT,
      counts: new Uint32Array(binCount),
      total: 0,
    });
  });
  const d0 = scale.domain()[0]!.getTime();
  const d1 = scale.domain()[1]!.getTime();
  const pxPerMs = (r1 - r0) / (d1 - d0);
  let maxCount = 0;
  visible.forEach((i, k) => {
    const lane = laneOf.get(own.has(groupOfIndex[k]!) ? groupOfIndex[k]! : OTHER_GROUP)!;
    lane.total++;
    const b0 = Math.max(0, Math.floor(((index.start[i]! - d0) * pxPerMs) / BIN_PX));
    const b1 = Math.min(binCount - 1, Math.floor(((index.end[i]! - d0) * pxPerMs - 0.001) / BIN_PX));
    for (let b = b0; b <= Math.max(b0, b1) && b < binCount; b++) {
      const c = ++lane.counts[b]!;
      if (c > maxCount) maxCount = c;
    }
  });
  return { lanes: order.map((g) => laneOf.get(g)!), binCount, maxCount, height: order.length * ROW_HEIGHT };
}

/** What lies under a point of the density drawing: the lane, the bin's time range and its count. */
export function hitTestDensity(model: DensityModel, scale: ScaleTime<number, number>, x: number, y: number) {
  const lane = model.lanes[Math.floor(y / ROW_HEIGHT)];
  if (!lane || x < 0) return undefined;
  const bin = Math.floor(x / BIN_PX);
  if (bin >= model.binCount) return undefined;
  return { lane, count: lane.counts[bin]!, from: scale.invert(bin * BIN_PX).getTime(), to: scale.invert((bin + 1) * BIN_PX).getTime() };
}
