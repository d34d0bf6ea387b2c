import { scaleUtc, type ScaleTime } from 'd3-scale';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { Transform } from '../dom/transform';

/** A zoom transform as a plain value: the one type the timeline, the map and their shared zoom hook use. */
export type { Transform };

/** The smallest window a user can zoom into: one day. */
export const MIN_WINDOW_MS = 864e5;

/** The base scale: the whole corpus across the width. It is never mutated. */
export function baseScale(domain: [number, number], width: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain([new Date(domain[0]), new Date(domain[1])])
    .range([0, width]);
}

/** A d3 ZoomTransform from the plain value, for rescaleX and for syncing the zoom behaviour. */
export function toZoomTransform(t: Transform): ZoomTransform {
  return zoomIdentity.translate(t.x, t.y).scale(t.k);
}

/** The visible scale under a transform: `transform.rescaleX(base)`. */
export function visibleScale(base: ScaleTime<number, number>, t: Transform): ScaleTime<number, number> {
  return toZoomTransform(t).rescaleX(base);
}

/** The visible window [from, to] in ms under a transform. */
export function windowOf(base: ScaleTime<number, number>, t: Transform): [number, number] {
  const [a, b] = visibleScale(base, t).domain();
  return [a!.getTime(), b!.getTime()];
}

/** The transform that shows exactly the window [from, to]. */
export function transformFor(base: ScaleTime<number, number>, from: number, to: number): Transform {
  const [r0, r1] = base.range() as [number, number];
  const x0 = base(new Date(from));
  const x1 = base(new Date(to));
  const k = (r1 - r0) / Math.max(1e-9, x1 - x0);
  return { k, x: r0 - x0 * k, y: 0 };
}

/**
 * Keeps a transform within reason: no window shorter than a day, none wider than three times
 * the corpus, and the corpus never panned entirely out of view.
 */
export function clampZoom(base: ScaleTime<number, number>, t: Transform): Transform {
  const [d0, d1] = base.domain().map((d) => d.getTime()) as [number, number];
  const span = d1 - d0;
  const [r0, r1] = base.range() as [number, number];
  const width = r1 - r0;
  const maxK = span / MIN_WINDOW_MS;
  const k = Math.min(Math.max(t.k, 1 / 3), Math.max(1, maxK));
  // The corpus [r0*k+x, r1*k+x] must keep at least a fifth of the width in view.
  const margin = width * 0.2;
  const minX = r0 + margin - r1 * k;
  const maxX = r1 - margin - r0 * k;
  const x = Math.min(Math.max(t.x, minX), maxX);
  return { k, x, y: 0 };
}
