import { useCallback, useMemo } from 'react';
import type { Bitset } from '../derive/bitset';
import type { BundleIndex } from '../derive/bundleIndex';
import { lazy } from '../derive/lazy';
import { useAppStore } from '../state/StoreProvider';
import { axisTicks } from './axisTicks';
import { buildDensityModel, groupCodes } from './densityModel';
import { densityLabelRows } from './drawLive';
import { countInWindow, indexesInWindow } from '../derive/eventIndex';
import { endOrdered, groupExtents } from '../derive/groupExtents';
import { buildTimelineModel } from './timelineModel';
import { countUndated } from '../derive/undatedEvents';
import { baseScale, transformFor, visibleScale } from './zoomMath';

/** Above this many events in the window, the timeline draws density instead of marks. */
export const MARK_LIMIT = 400;
/** Height of the time axis above the lanes. */
export const AXIS_HEIGHT = 24;

/** Width of the lane-label column on the left, narrower on a phone. */
const gutterFor = (width: number) => (width < 560 ? 78 : 112);

/** Everything the timeline draws, derived from the bundle, the matching events, the width and the store. */
export type TimelineViewModel = ReturnType<typeof useTimelineModel>;

/**
 * The timeline's model: the scales for the stored window, the events of the window laid out as
 * marks (or, above MARK_LIMIT, binned as density), the axis ticks and the counts. Pure
 * derivations of its inputs, memoised so a frame only redoes what changed.
 */
export function useTimelineModel(index: BundleIndex, matching: Bitset | undefined, width: number) {
  const gutter = gutterFor(width);
  const plotWidth = Math.max(120, width - gutter - 8);
  const storedWindow = useAppStore((s) => s.window);
  const lanes = useAppStore((s) => s.lanes);
  const hoveredPlace = useAppStore((s) => s.hoveredPlace);

  const { domain, places } = index;
  const base = useMemo(() => baseScale(domain, plotWidth), [domain, plotWidth]);
  const overviewBase = useMemo(() => baseScale(domain, width - 16), [domain, width]);
  const window = storedWindow ?? domain;
  const transform = useMemo(() => transformFor(base, window[0], window[1]), [base, window]);
  const scale = useMemo(() => visibleScale(base, transform), [base, transform]);
  const groupLabel = useCallback(
    (g: string) => (lanes === 'place' ? (places.get(g)?.name ?? g) : g.charAt(0).toUpperCase() + g.slice(1)),
    [lanes, places],
  );
  // The bundle's events are indexed once (buildBundleIndex); a filter only marks which of them
  // match, so a facet click neither sorts the matching events nor works out their lane groups again.
  const inWindow = useMemo(() => countInWindow(index, window[0], window[1], matching), [index, window, matching]);
  const undated = useMemo(() => countUndated(index.events, matching), [index, matching]);
  const dense = inWindow > MARK_LIMIT;
  // A dense frame needs no list of the events in view, only counts: no 100,000-item array per frame.
  const visible = useMemo(() => (dense ? [] : indexesInWindow(index, window[0], window[1], matching)), [dense, index, window, matching]);
  const model = useMemo(
    () =>
      buildTimelineModel(
        visible.map((i) => index.events[i]!),
        scale,
        lanes,
        groupLabel,
      ),
    [visible, index, scale, lanes, groupLabel],
  );
  const groups = useMemo(() => groupCodes(index, lanes), [index, lanes]);
  // Sorted per group on the first dense frame, then kept for every frame until the events or lanes change.
  const byEnd = useMemo(() => lazy(() => endOrdered(index, groups)), [index, groups]);
  const extents = useMemo(() => lazy(() => groupExtents(index, groups, matching, byEnd())), [index, groups, matching, byEnd]);
  const density = useMemo(
    () => (dense ? buildDensityModel(extents(), groups, window, scale, lanes, groupLabel, 12) : undefined),
    [dense, extents, groups, window, scale, lanes, groupLabel],
  );
  const ticks = useMemo(() => axisTicks(scale), [scale]);
  const ordered = useMemo(() => [...model.marks].sort((a, b) => a.x0 - b.x0 || a.row - b.row), [model.marks]);
  const highlightedIds = useMemo(
    () => new Set(hoveredPlace ? model.marks.filter((m) => m.event.placeId === hoveredPlace).map((m) => m.id) : []),
    [hoveredPlace, model.marks],
  );
  const laneRows = useMemo(() => (density ? densityLabelRows(density) : model.lanes), [density, model.lanes]);
  const svgHeight = AXIS_HEIGHT + Math.max(density ? density.height : model.height, 48) + 8;
  return {
    ...{ gutter, plotWidth, svgHeight, lanes, base, overviewBase, window, transform, scale, places, groupLabel },
    ...{ index, matching, inWindow, undated, model, groups, extents, density, ticks, ordered, highlightedIds, laneRows },
  };
}
