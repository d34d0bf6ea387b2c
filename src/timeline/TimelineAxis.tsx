import { useImperativeHandle, useLayoutEffect, useRef, type Ref } from 'react';
import type { AxisTick } from './axisTicks';
import { drawAxis } from './drawAxis';

/** Draws the axis without a React render, for a zoom gesture's frames. */
export interface TimelineAxisHandle {
  draw: (ticks: AxisTick[]) => void;
}

/** Props of the time axis. */
export interface TimelineAxisProps {
  ticks: AxisTick[];
  /** Height of the plot below the axis, for the grid lines. */
  height: number;
  /** Width of the plot, to keep edge labels inside it. */
  width: number;
  ref?: Ref<TimelineAxisHandle>;
}

/**
 * Tick labels along the top and faint grid lines down through the lanes. React owns the group
 * only; `drawAxis` owns its children, so a zoom frame can redraw them through the handle.
 */
export function TimelineAxis({ ticks, height, width, ref }: TimelineAxisProps) {
  const g = useRef<SVGGElement>(null);
  const size = useRef({ height, width });
  size.current = { height, width };
  useImperativeHandle(ref, () => ({ draw: (t) => g.current && drawAxis(g.current, t, size.current.height, size.current.width) }), []);
  useLayoutEffect(() => {
    if (g.current) drawAxis(g.current, ticks, height, width);
  }, [ticks, height, width]);
  return <g ref={g} className="axis" aria-hidden="true" />;
}
