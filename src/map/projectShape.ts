import type { Polygon } from 'geojson';
import { geoIdentity, geoPath, type GeoContext, type GeoPermissibleObjects, type GeoProjection, type GeoStreamWrapper } from 'd3-geo';
import type { Point } from './mapZoom';

/** A shape projected once: its SVG path and its rings in pixels, for planar maths after. */
export interface ProjectedShape {
  d: string;
  rings: Point[][];
  /** [x0, y0, x1, y1], the bounding box of the rings. */
  box: [number, number, number, number];
}

/** Rounds to tenths of a pixel, which is finer than 1:50m data at any zoom the map allows. */
const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Records what d3-geo draws into an SVG path string and a list of rings, so that one pass of
 * the (costly, adaptively resampled) projection serves the path, the area and the centroid.
 */
class Recorder implements GeoContext {
  parts: string[] = [];
  rings: Point[][] = [];
  box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  private ring: Point[] = [];
  beginPath() {}
  arc() {}
  moveTo(x: number, y: number) {
    this.ring = [[x, y]];
    this.rings.push(this.ring);
    this.parts.push(`M${round(x)},${round(y)}`);
    this.grow(x, y);
  }
  lineTo(x: number, y: number) {
    this.ring.push([x, y]);
    this.parts.push(`L${round(x)},${round(y)}`);
    this.grow(x, y);
  }
  closePath() {
    this.parts.push('Z');
  }
  private grow(x: number, y: number) {
    const b = this.box;
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
  }
}

/** Projects a GeoJSON object once, keeping both the SVG path and the rings. */
export function projectShape(projection: GeoProjection | GeoStreamWrapper, object: GeoPermissibleObjects): ProjectedShape {
  const recorder = new Recorder();
  geoPath(projection, recorder)(object);
  return { d: recorder.parts.join(''), rings: recorder.rings, box: recorder.box };
}

/** The rings as one planar polygon; holes wind the other way, so their areas subtract. */
export function ringsPolygon(rings: Point[][]): Polygon {
  return { type: 'Polygon', coordinates: rings.map((r) => [...r, r[0]!]) };
}

/** The area and centroid of the part of a shape inside a rectangle of the screen. */
export function areaWithin(shape: ProjectedShape, [[x0, y0], [x1, y1]]: [Point, Point]): { area: number; centroid: Point } {
  const [bx0, by0, bx1, by1] = shape.box;
  if (bx1 < x0 || bx0 > x1 || by1 < y0 || by0 > y1) return { area: 0, centroid: [NaN, NaN] };
  const clipped = geoPath(
    geoIdentity().clipExtent([
      [x0, y0],
      [x1, y1],
    ]),
  );
  const polygon = ringsPolygon(shape.rings);
  return { area: clipped.area(polygon), centroid: clipped.centroid(polygon) };
}

/** The ring with the largest area (the mainland rather than an island), with its area and centroid. */
export function largestRing(shape: ProjectedShape): { area: number; centroid: Point } {
  const planar = geoPath();
  let best = { area: 0, centroid: [NaN, NaN] as Point };
  for (const ring of shape.rings) {
    const polygon = ringsPolygon([ring]);
    const area = planar.area(polygon);
    if (area > best.area) best = { area, centroid: planar.centroid(polygon) };
  }
  return best;
}
