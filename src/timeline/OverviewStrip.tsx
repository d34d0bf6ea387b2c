import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import { brushX, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import type { ScaleTime } from 'd3-scale';
import type { Bitset } from '../derive/bitset';
import { axisTicks } from './axisTicks';
import type { EventIndex } from '../derive/eventIndex';
import { overviewHistogramPath } from './overviewHistogram';
import { useValueAfterPaint } from '../schedule/useValueAfterPaint';

/** Props of the overview strip. */
export interface OverviewStripProps {
  /** The whole corpus across the strip's width. */
  base: ScaleTime<number, number>;
  /** The indexed events. */
  index: EventIndex;
  /** The index positions of the events to sketch (those matching the filters, whatever the window); all when absent. */
  among?: Bitset;
  /** The visible window in ms. */
  window: [number, number];
  onBrush: (window: [number, number]) => void;
  ref?: Ref<OverviewStripHandle>;
}

/** Moves the brush without a React render, for a zoom gesture's frames. */
export interface OverviewStripHandle {
  moveTo: (window: [number, number]) => void;
}

const HEIGHT = 40;

/**
 * Focus and context: the whole period with a tick per event and a brush that shows the visible
 * window; dragging or resizing the brush sets it. d3-brush owns the brush's own DOM only.
 */
export function OverviewStrip({ base, index, among, window, onBrush, ref }: OverviewStripProps) {
  const brushRef = useRef<SVGGElement>(null);
  const onBrushRef = useRef(onBrush);
  onBrushRef.current = onBrush;
  const width = base.range()[1]!;
  const ticks = useMemo(() => axisTicks(base, 90), [base]);
  // The sketch of the whole period follows a filter in a render of its own, after the frame
  // that shows the new count and timeline: it walks every matching event (10–20 ms at 100,000).
  // (useDeferredValue was tried first: React ran that render before the frame was painted.)
  // A new index (a new bundle) is never paired with a set marked on the old one.
  const fresh = useMemo(() => ({ index, among }), [index, among]);
  const lagged = useValueAfterPaint(fresh);
  const sketched = lagged.index === index ? lagged : fresh;
  const histogram = useMemo(() => overviewHistogramPath(sketched.index, base, HEIGHT - 18, 2, sketched.among), [sketched, base]);
  const brush = useMemo(
    () =>
      brushX<unknown>()
        .extent([
          [0, 0],
          [width, HEIGHT - 14],
        ])
        .on('brush end', (event: D3BrushEvent<unknown>) => {
          if (!event.sourceEvent || !event.selection) return;
          const [x0, x1] = event.selection as [number, number];
          if (x1 - x0 < 2) return;
          onBrushRef.current([base.invert(x0).getTime(), base.invert(x1).getTime()]);
        }),
    [base, width],
  );
  useEffect(() => {
    const g = brushRef.current;
    if (!g) return;
    select(g).call(brush);
    return () => {
      select(g).on('.brush', null);
    };
  }, [brush]);
  const moveTo = useCallback(
    (w: [number, number]) => {
      const g = brushRef.current;
      if (!g) return;
      const x0 = Math.max(0, base(new Date(w[0])));
      const x1 = Math.min(width, base(new Date(w[1])));
      // A programmatic move has no sourceEvent, so the handler above ignores it.
      select(g).call(brush.move, x1 - x0 >= 1 ? [x0, x1] : [x0, x0 + 1]);
    },
    [brush, base, width],
  );
  useImperativeHandle(ref, () => ({ moveTo }), [moveTo]);
  useEffect(() => moveTo(window), [moveTo, window]);
  return (
    <svg
      className="overview"
      width={width}
      height={HEIGHT}
      aria-label="Overview of the whole period; drag to choose the visible window"
      role="img"
    >
      <rect className="overview-bg" width={width} height={HEIGHT - 14} />
      <path className="overview-histogram" d={histogram} transform="translate(0,2)" />
      {ticks.map((t) => (
        <text
          key={t.x}
          className="overview-tick"
          x={t.x}
          y={HEIGHT - 2}
          textAnchor={t.x < 20 ? 'start' : t.x > width - 20 ? 'end' : 'middle'}
        >
          {t.label}
        </text>
      ))}
      <g ref={brushRef} className="overview-brush" />
    </svg>
  );
}
