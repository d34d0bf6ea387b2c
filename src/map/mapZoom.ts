import type { Point, Transform } from '../dom/transform';

export type { Point, Transform } from '../dom/transform';

/** The unzoomed view: the default frame exactly. */
export const IDENTITY: Transform = { k: 1, x: 0, y: 0 };

/** How far the basemap reaches beyond the view, in view sizes on each side. */
export const OVERSCAN = 2;

/**
 * How far one can zoom out and in. Zoomed out, the view still fits inside the overscan; zoomed
 * in, one view is about a hundred kilometres across, the limit of 1:50m data.
 */
export const SCALE_EXTENT: [number, number] = [1 / (1 + 2 * OVERSCAN) + 0.05, 12];

/** The most that "fit to events" zooms in, so that one place is shown with its neighbours. */
export const MAX_FIT_SCALE = 4;

/** The area, in base pixels, that the basemap covers and a pan may reach. */
export function panBounds(width: number, height: number): [Point, Point] {
  return [
    [-OVERSCAN * width, -OVERSCAN * height],
    [(1 + OVERSCAN) * width, (1 + OVERSCAN) * height],
  ];
}

/** Where a base point lands on screen under a transform. */
export function toScreen(t: Transform, [x, y]: Point): Point {
  return [x * t.k + t.x, y * t.k + t.y];
}

/**
 * Keeps a transform within the scale extent and the pan bounds, the way d3-zoom's default
 * constrain does, so buttons and keys stop where the mouse wheel and drag stop.
 */
export function clampTransform(t: Transform, width: number, height: number): Transform {
  const k = Math.min(Math.max(t.k, SCALE_EXTENT[0]), SCALE_EXTENT[1]);
  const [[bx0, by0], [bx1, by1]] = panBounds(width, height);
  const shift = (low: number, high: number) => (high > low ? (low + high) / 2 : Math.min(0, low) || Math.max(0, high));
  // The base coordinates of the view's edges, compared with the bounds.
  const dx = shift((0 - t.x) / k - bx0, (width - t.x) / k - bx1);
  const dy = shift((0 - t.y) / k - by0, (height - t.y) / k - by1);
  return { k, x: t.x + k * dx, y: t.y + k * dy };
}

/** Zooms by a factor about a screen point (the centre of the view for buttons and keys). */
export function zoomAround(t: Transform, factor: number, [cx, cy]: Point, width: number, height: number): Transform {
  const k = Math.min(Math.max(t.k * factor, SCALE_EXTENT[0]), SCALE_EXTENT[1]);
  const bx = (cx - t.x) / t.k;
  const by = (cy - t.y) / t.k;
  return clampTransform({ k, x: cx - bx * k, y: cy - by * k }, width, height);
}

/** Pans by a screen distance. */
export function panBy(t: Transform, dx: number, dy: number, width: number, height: number): Transform {
  return clampTransform({ k: t.k, x: t.x + dx, y: t.y + dy }, width, height);
}

/** Puts a base point in the middle of the view, keeping the zoom. */
export function centreOn(t: Transform, [px, py]: Point, width: number, height: number): Transform {
  return clampTransform({ k: t.k, x: width / 2 - px * t.k, y: height / 2 - py * t.k }, width, height);
}

/**
 * The transform that shows all the base points with a margin, zoomed in no further than
 * MAX_FIT_SCALE; no points gives the default frame.
 */
export function fitTransform(width: number, height: number, points: Point[], padding = 36): Transform {
  if (points.length === 0) return IDENTITY;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const room = (size: number) => Math.max(1, size - 2 * padding);
  const k = Math.min(MAX_FIT_SCALE, room(width) / Math.max(1e-9, x1 - x0), room(height) / Math.max(1e-9, y1 - y0));
  const clamped = Math.min(Math.max(k, SCALE_EXTENT[0]), SCALE_EXTENT[1]);
  return clampTransform({ k: clamped, x: width / 2 - ((x0 + x1) / 2) * clamped, y: height / 2 - ((y0 + y1) / 2) * clamped }, width, height);
}
