import { useCallback, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useAppStoreApi } from '../state/StoreProvider';
import { densityNote, drawLive } from './drawLive';
import type { LaneLabelsHandle } from './LaneLabels';
import type { OverviewStripHandle } from './OverviewStrip';
import type { TimelineAxisHandle } from './TimelineAxis';
import type { TimelineViewModel } from './useTimelineModel';
import { useLiveWindow } from './useLiveWindow';
import { useZoomBehavior } from './useZoomBehavior';
import { panWindow, zoomWindow } from './zoomActions';
import { clampZoom, windowOf, type Transform } from './zoomMath';

/** The nodes a live zoom frame draws into directly, ahead of React. */
export interface LiveTargets {
  canvas: RefObject<HTMLCanvasElement | null>;
  axis: RefObject<TimelineAxisHandle | null>;
  labels: RefObject<LaneLabelsHandle | null>;
  overview: RefObject<OverviewStripHandle | null>;
  note: RefObject<HTMLParagraphElement | null>;
}

/**
 * The timeline's window as input: d3-zoom on the SVG (a gesture over the density view is drawn
 * live, frame by frame, and written to the store when it ends), the toolbar's zoom and "Fit
 * all", and the region's keys (+, −, 0, arrows).
 */
export function useTimelineZoom(vm: TimelineViewModel, zoomRef: RefObject<SVGSVGElement | null>) {
  const store = useAppStoreApi();
  const targets: LiveTargets = {
    canvas: useRef<HTMLCanvasElement>(null),
    axis: useRef<TimelineAxisHandle>(null),
    labels: useRef<LaneLabelsHandle>(null),
    overview: useRef<OverviewStripHandle>(null),
    note: useRef<HTMLParagraphElement>(null),
  };
  const { base, window } = vm;
  const setWindow = useCallback((w: [number, number] | undefined) => store.getState().setWindow(w, 'replace'), [store]);
  const frame = { base, extents: vm.extents, groups: vm.groups, lanes: vm.lanes, groupLabel: vm.groupLabel, plotWidth: vm.plotWidth };
  const live = useLiveWindow({
    store,
    // Only a gesture that starts on the density view is drawn live: marks are few and cheap to render.
    startsLive: () => targets.canvas.current !== null,
    windowOf: (t: Transform) => windowOf(base, clampZoom(base, t)),
    draw: (w, t) =>
      drawLive(
        {
          ...frame,
          canvas: targets.canvas.current,
          axis: targets.axis.current,
          labels: targets.labels.current,
          overview: targets.overview.current,
          note: targets.note.current,
        },
        w,
        t,
      ),
  });
  useZoomBehavior(zoomRef, vm.transform, { onZoom: live.zoom, onEnd: live.end, constrain: (t) => clampZoom(base, t) });
  // The note's text is written here and by a live frame, never as React children, so neither overwrites a node the other wrote.
  useLayoutEffect(() => {
    if (targets.note.current) targets.note.current.textContent = densityNote(vm.inWindow);
  }, [targets.note, vm.inWindow, vm.density]);

  const zoomBy = (factor: number) => setWindow(zoomWindow(base, window, factor));
  const fitAll = () => setWindow(undefined);
  const onRegionKey = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === '+' || e.key === '=') zoomBy(2);
    else if (e.key === '-' || e.key === '_') zoomBy(0.5);
    else if (e.key === '0') fitAll();
    else if (e.target === e.currentTarget && e.key === 'ArrowLeft') setWindow(panWindow(base, window, -0.2));
    else if (e.target === e.currentTarget && e.key === 'ArrowRight') setWindow(panWindow(base, window, 0.2));
    else return;
    e.preventDefault();
  };
  return { targets, live, setWindow, zoomBy, fitAll, onRegionKey };
}
