import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ViewBundle } from '../data/bundleSchema';
import type { Bitset } from '../derive/bitset';
import { useAppStore, useAppStoreApi } from '../state/StoreProvider';
import { axisTicks } from './axisTicks';
import { corpusDomain } from './corpusDomain';
import { EventTooltip } from './EventTooltip';
import { OverviewStrip, type OverviewStripHandle } from './OverviewStrip';
import { TimelineAxis, type TimelineAxisHandle } from './TimelineAxis';
import { TimelineToolbar } from './TimelineToolbar';
import { LaneLabels, type LaneLabelsHandle } from './LaneLabels';
import { densityLabelRows, densityNote, drawLive, type LiveFrameContext } from './drawLive';
import { useLiveWindow } from './useLiveWindow';
import { TimelineMarks } from './TimelineMarks';
import { buildTimelineModel } from './timelineModel';
import { countUndated } from './undatedEvents';
import { buildEventIndex, countInWindow, indexesInWindow, indexOrderBits } from './eventIndex';
import { groupExtents } from './groupExtents';
import { buildDensityModel, groupCodes, hitTestDensity, OTHER_GROUP } from './densityModel';
import { DensityCanvas } from './DensityCanvas';
import { formatEventDate } from '../format/formatEventDate';
import { useElementWidth } from './useElementWidth';
import { useZoomBehavior } from './useZoomBehavior';
import { clampWindow, panWindow, zoomWindow } from './zoomActions';
import { baseScale, clampZoom, transformFor, visibleScale, windowOf, type Transform } from './zoomMath';

/** Props of the timeline. */
export interface TimelineProps {
  bundle: ViewBundle;
  /** Positions in the bundle's order of the events matching the filters, whatever the window (undefined: all); the timeline shows those in its window. */
  matching?: Bitset;
}

/** A function computing `make()` on its first call and returning the same value after. */
function once<T>(make: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: make() }).v;
}

/** Width of the lane-label column on the left, narrower on a phone. */
const gutterFor = (width: number) => (width < 560 ? 78 : 112);
const AXIS_HEIGHT = 24;
/** Above this many events in the window, the timeline draws density instead of marks. */
export const MARK_LIMIT = 400;

/**
 * The zoomable timeline: a D3 time scale derived from the store's window, lanes laid out by a
 * pure function, SVG rendered by React. d3-zoom and d3-brush are attached as input devices.
 */
export function Timeline({ bundle, matching: listed }: TimelineProps) {
  const store = useAppStoreApi();
  const bodyRef = useRef<HTMLDivElement>(null);
  const zoomRef = useRef<SVGSVGElement>(null);
  const width = useElementWidth(bodyRef);
  const GUTTER = gutterFor(width);
  const plotWidth = Math.max(120, width - GUTTER - 8);
  const storedWindow = useAppStore((s) => s.window);
  const lanes = useAppStore((s) => s.lanes);
  const selectedId = useAppStore((s) => s.event);
  const hoveredPlace = useAppStore((s) => s.hoveredPlace);
  const [hover, setHover] = useState<{ id: string; x: number; y: number } | undefined>();
  const [focusId, setFocusId] = useState<string | undefined>();

  const domain = useMemo(() => corpusDomain(bundle.events), [bundle.events]);
  const base = useMemo(() => baseScale(domain, plotWidth), [domain, plotWidth]);
  const window = storedWindow ?? domain;
  const transform = useMemo(() => transformFor(base, window[0], window[1]), [base, window]);
  const scale = useMemo(() => visibleScale(base, transform), [base, transform]);
  const places = useMemo(() => new Map(bundle.places.map((p) => [p.id, p])), [bundle.places]);
  const groupLabel = useCallback(
    (g: string) => (lanes === 'place' ? (places.get(g)?.name ?? g) : g.charAt(0).toUpperCase() + g.slice(1)),
    [lanes, places],
  );
  // Every event of the bundle is indexed once; a filter only marks which of them match, so a
  // facet click neither sorts the matching events nor works out their lane groups again.
  const index = useMemo(() => buildEventIndex(bundle.events), [bundle.events]);
  const matching = useMemo(() => indexOrderBits(index, listed), [index, listed]);
  const inWindow = useMemo(() => countInWindow(index, window[0], window[1], matching), [index, window, matching]);
  const undated = useMemo(() => countUndated(index.events, matching), [index, matching]);
  const dense = inWindow > MARK_LIMIT;
  // A dense frame needs no list of the events in view, only counts: no 100,000-item array per frame.
  const visible = useMemo(() => (dense ? [] : indexesInWindow(index, window[0], window[1], matching)), [dense, index, window, matching]);
  const model = useMemo(
    () => buildTimelineModel(visible.map((i) => index.events[i]!), scale, lanes, groupLabel),
    [visible, index, scale, lanes, groupLabel],
  );
  const groups = useMemo(() => groupCodes(index, lanes), [index, lanes]);
  // Sorted per group on the first dense frame, then kept for every frame until the events or lanes change.
  const extents = useMemo(() => once(() => groupExtents(index, groups, matching)), [index, groups, matching]);
  const density = useMemo(
    () => (dense ? buildDensityModel(extents(), groups, window, scale, lanes, groupLabel, 12) : undefined),
    [dense, extents, groups, window, scale, lanes, groupLabel],
  );
  const [densityHover, setDensityHover] = useState<{ x: number; y: number; text: string } | undefined>();
  const ticks = useMemo(() => axisTicks(scale), [scale]);
  const ordered = useMemo(() => [...model.marks].sort((a, b) => a.x0 - b.x0 || a.row - b.row), [model.marks]);
  const highlightedIds = useMemo(
    () => new Set(hoveredPlace ? model.marks.filter((m) => m.event.placeId === hoveredPlace).map((m) => m.id) : []),
    [hoveredPlace, model.marks],
  );

  const setWindow = useCallback((w: [number, number] | undefined) => store.getState().setWindow(w, 'replace'), [store]);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const axisRef = useRef<TimelineAxisHandle>(null);
  const labelsRef = useRef<LaneLabelsHandle>(null);
  const overviewRef = useRef<OverviewStripHandle>(null);
  const noteRef = useRef<HTMLParagraphElement>(null);
  const frame: Omit<LiveFrameContext, 'canvas' | 'axis' | 'labels' | 'overview' | 'note'> = { base, extents, groups, lanes, groupLabel, plotWidth };
  const live = useLiveWindow({
    store,
    // Only a gesture that starts on the density view is drawn live: marks are few and cheap to render.
    startsLive: () => canvasRef.current !== null,
    windowOf: (t: Transform) => windowOf(base, clampZoom(base, t)),
    draw: (w, t) => drawLive({ ...frame, canvas: canvasRef.current, axis: axisRef.current, labels: labelsRef.current, overview: overviewRef.current, note: noteRef.current }, w, t),
  });
  useZoomBehavior(zoomRef, transform, { onZoom: live.zoom, onEnd: live.end, constrain: (t) => clampZoom(base, t) });

  const zoomBy = (factor: number) => setWindow(zoomWindow(base, window, factor));
  const fitAll = () => setWindow(undefined);
  const select = useCallback((id: string) => store.getState().selectEvent(id), [store]);
  const onHover = useCallback(
    (id: string | undefined, target?: Element) => {
      store.getState().hoverEvent(id);
      if (!id || !target || !bodyRef.current) return setHover(undefined);
      const box = target.getBoundingClientRect();
      const host = bodyRef.current.getBoundingClientRect();
      setHover({ id, x: Math.min(box.left - host.left, host.width - 280), y: box.bottom - host.top + 6 });
    },
    [store],
  );

  const onRegionKey = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === '+' || e.key === '=') zoomBy(2);
    else if (e.key === '-' || e.key === '_') zoomBy(0.5);
    else if (e.key === '0') fitAll();
    else if (e.target === e.currentTarget && e.key === 'ArrowLeft') setWindow(panWindow(base, window, -0.2));
    else if (e.target === e.currentTarget && e.key === 'ArrowRight') setWindow(panWindow(base, window, 0.2));
    else return;
    e.preventDefault();
  };
  const onMarkKey = useCallback(
    (e: KeyboardEvent<SVGGElement>, id: string) => {
      const i = ordered.findIndex((m) => m.id === id);
      let next: string | undefined;
      if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = ordered[Math.min(ordered.length - 1, i + 1)]?.id;
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = ordered[Math.max(0, i - 1)]?.id;
      else if (e.key === 'Home') next = ordered[0]?.id;
      else if (e.key === 'End') next = ordered[ordered.length - 1]?.id;
      else if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        e.stopPropagation();
        select(id);
        return;
      } else return;
      e.preventDefault();
      e.stopPropagation();
      if (next) {
        setFocusId(next);
        bodyRef.current?.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(next)}"]`)?.focus();
      }
    },
    [ordered, select],
  );
  const tabStopId = [focusId, selectedId, ordered[0]?.id].find((id) => id && ordered.some((m) => m.id === id));
  // The note's text is written here and by a live frame, never as React children, so neither overwrites a node the other wrote.
  useLayoutEffect(() => {
    if (noteRef.current) noteRef.current.textContent = densityNote(inWindow);
  }, [inWindow, density]);
  const hovered = hover && bundle.events.find((e) => e.id === hover.id);
  const plotHeight = density ? density.height : model.height;
  const svgHeight = AXIS_HEIGHT + Math.max(plotHeight, 48) + 8;
  const laneRows = useMemo(() => (density ? densityLabelRows(density) : model.lanes), [density, model.lanes]);
  const plotPoint = (e: { clientX: number; clientY: number }) => {
    const box = zoomRef.current!.getBoundingClientRect();
    return { x: e.clientX - box.left - GUTTER, y: e.clientY - box.top - AXIS_HEIGHT };
  };
  const onDensityMove = (e: { clientX: number; clientY: number }) => {
    // Mid-gesture the drawing is ahead of the rendered model, so a hit test would name the wrong bin.
    if (!density || live.liveWindow()) return setDensityHover(undefined);
    const p = plotPoint(e);
    const hit = hitTestDensity(density, scale, p.x, p.y);
    if (!hit || hit.count === 0) return setDensityHover(undefined);
    const range = formatEventDate({ start: new Date(hit.from).toISOString().slice(0, 10), end: new Date(hit.to - 1).toISOString().slice(0, 10), precision: 'day' });
    const lane = hit.lane.group === OTHER_GROUP ? 'other places' : hit.lane.label;
    setDensityHover({ x: p.x + GUTTER, y: p.y + AXIS_HEIGHT + 16, text: `${hit.count} ${hit.count === 1 ? 'event' : 'events'} · ${lane} · ${range}. Click to zoom in.` });
  };
  const onDensityClick = (e: { clientX: number; clientY: number }) => {
    if (!density) return;
    const { x } = plotPoint(e);
    const t = scale.invert(x).getTime();
    const half = (window[1] - window[0]) / 8;
    setWindow(clampWindow(base, [t - half, t + half]));
  };

  return (
    <section className="timeline" role="region" aria-label="Timeline" tabIndex={0} onKeyDown={onRegionKey}>
      <TimelineToolbar lanes={lanes} onZoomBy={zoomBy} onFitAll={fitAll} onLanes={(l) => store.getState().setLanes(l)} />
      <div className="timeline-body" ref={bodyRef}>
        <svg className="timeline-svg" ref={zoomRef} width={width} height={svgHeight} data-export="timeline">
          <defs>
            <clipPath id="timeline-clip">
              <rect x={0} y={0} width={plotWidth} height={svgHeight} />
            </clipPath>
          </defs>
          <g transform={`translate(${GUTTER},0)`}>
            <rect
              className="zoom-surface"
              width={plotWidth}
              height={svgHeight}
              onPointerMove={density ? onDensityMove : undefined}
              onPointerLeave={() => setDensityHover(undefined)}
              onClick={density ? onDensityClick : undefined}
            />
            {!density &&
              model.lanes.map((l, i) => (
                <rect key={l.group} className={i % 2 ? 'lane lane-odd' : 'lane'} x={0} y={AXIS_HEIGHT + l.y} width={plotWidth} height={l.height} />
              ))}
            <g clipPath="url(#timeline-clip)">
              <TimelineAxis ref={axisRef} ticks={ticks} height={svgHeight - AXIS_HEIGHT} width={plotWidth} />
              <g transform={`translate(0,${AXIS_HEIGHT})`}>
                <TimelineMarks
                  marks={model.marks}
                  selectedId={selectedId}
                  highlightedIds={highlightedIds}
                  tabStopId={tabStopId}
                  onSelect={select}
                  onHover={onHover}
                  onKey={onMarkKey}
                />
              </g>
            </g>
          </g>
          <LaneLabels ref={labelsRef} rows={laneRows} top={AXIS_HEIGHT} maxChars={GUTTER < 100 ? 10 : 16} />
        </svg>
        {density && <DensityCanvas ref={canvasRef} model={density} width={plotWidth} left={GUTTER} top={AXIS_HEIGHT} />}
        {density && <p className="timeline-density-note" ref={noteRef} />}
        {densityHover && (
          <div className="tooltip" role="tooltip" style={{ left: densityHover.x, top: densityHover.y }}>
            {densityHover.text}
          </div>
        )}
        {inWindow === 0 && <p className="timeline-empty">No events in this window. Zoom out or press “Fit all”.</p>}
        {hovered && <EventTooltip event={hovered} place={hovered.placeId ? places.get(hovered.placeId) : undefined} x={hover.x + GUTTER} y={hover.y} />}
      </div>
      {undated > 0 && (
        <p className="timeline-undated" role="note">
          Undated: {undated} {undated === 1 ? 'event whose source gives' : 'events whose sources give'} no date, so not on the time axis; the list shows them.
        </p>
      )}
      <div className="overview-wrap">
        <OverviewStrip ref={overviewRef} base={useMemo(() => baseScale(domain, width - 16), [domain, width])} index={index} among={matching} window={window} onBrush={(w) => setWindow(clampWindow(base, w))} />
      </div>
    </section>
  );
}
