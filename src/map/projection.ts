import { geoConicEqualArea, geoGraticule10, geoPath, type GeoConicProjection, type GeoProjection } from 'd3-geo';
import type { Place } from '../data/bundleSchema';
import type { Basemap } from './basemap';
import { fitTransform, OVERSCAN, panBounds, type Point, type Transform } from './mapZoom';
import { areaWithin, largestRing, projectShape, type ProjectedShape } from './projectShape';

/** A geographic box, [[west, south], [east, north]] in degrees. */
export type GeoBounds = [[number, number], [number, number]];

/**
 * The default frame: the five Central Asian capitals, Astana in the north and Ashgabat in the
 * south-west, with a margin so their labels fit.
 */
export const CENTRAL_ASIA: GeoBounds = [
  [56.5, 35.4],
  [79.5, 52.2],
];

/** Room left around the frame, in pixels, for marker labels. */
export const FRAME_PADDING = 16;

/** Fractional digits of the path strings: a tenth of a pixel is finer than the data at any zoom. */
const PATH_DIGITS = 1;

/** Points along the edges of a box, so a conic projection's curved edges are fitted too. */
function boxOutline([[w, s], [e, n]]: GeoBounds): { type: 'MultiPoint'; coordinates: [number, number][] } {
  const steps = 8;
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const lon = w + ((e - w) * i) / steps;
    const lat = s + ((n - s) * i) / steps;
    coordinates.push([lon, s], [lon, n], [w, lat], [e, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

/**
 * An equal-area conic projection centred on the frame and fitted to the view, so that areas
 * (and the tint of a state) compare fairly from Turkmenistan to Kazakhstan. It clips at
 * OVERSCAN views beyond each edge, the furthest a pan can reach.
 */
export function makeProjection(width: number, height: number, bounds: GeoBounds = CENTRAL_ASIA): GeoConicProjection {
  const [[w, s], [e, n]] = bounds;
  const projection = geoConicEqualArea()
    .rotate([-(w + e) / 2, 0])
    .parallels([s + (n - s) / 6, n - (n - s) / 6]);
  const pad = Math.min(FRAME_PADDING, width / 4, height / 4);
  projection.fitExtent(
    [
      [pad, pad],
      [width - pad, height - pad],
    ],
    boxOutline(bounds),
  );
  return projection.clipExtent(panBounds(width, height));
}

/** The view size a projection from makeProjection was made for, read back from its clip extent. */
export function viewOf(projection: GeoProjection): [number, number] {
  const extent = projection.clipExtent();
  if (!extent) return [0, 0];
  const [[x0, y0], [x1, y1]] = extent;
  return [(x1 - x0) / (1 + 2 * OVERSCAN), (y1 - y0) / (1 + 2 * OVERSCAN)];
}

/** A place's position in base (unzoomed) pixels. */
export interface ProjectedPlace {
  id: string;
  x: number;
  y: number;
}

/** Projects places to base pixels; a place the projection cannot show is left out. */
export function projectPlaces(projection: GeoProjection, places: Pick<Place, 'id' | 'lat' | 'lon'>[]): ProjectedPlace[] {
  const out: ProjectedPlace[] = [];
  for (const p of places) {
    const xy = projection([p.lon, p.lat]);
    if (xy && Number.isFinite(xy[0]) && Number.isFinite(xy[1])) out.push({ id: p.id, x: xy[0], y: xy[1] });
  }
  return out;
}

/** A country ready to draw: its SVG path, its rings and where its name goes, in base pixels. */
export interface CountryPath extends ProjectedShape {
  /** The ISO numeric code, or the name when Natural Earth gives none; unique in the list. */
  id: string;
  name: string;
  /** Where the name goes in the default frame. */
  anchor: Point;
  /** The area, in base pixels squared, that the label threshold compares. */
  area: number;
}

/**
 * The country paths for one view size, computed once per size with one projection pass per
 * country. A country that shows in the default frame is labelled at the middle of the part
 * that shows (Russia along the top, not in Siberia); any other at its largest ring's centroid.
 */
export function countryPaths(projection: GeoProjection, basemap: Basemap): CountryPath[] {
  const [width, height] = viewOf(projection);
  const view: [Point, Point] = [
    [0, 0],
    [width, height],
  ];
  const out: CountryPath[] = [];
  const ids = new Set<string>();
  basemap.countries.forEach((f, i) => {
    const shape = projectShape(projection, f);
    if (!shape.d) return;
    const visible = areaWithin(shape, view);
    const { area, centroid } = visible.area > 1 ? visible : largestRing(shape);
    if (!centroid.every(Number.isFinite)) return;
    // Natural Earth gives a few territories their country's code (Australia's islands share
    // 036); the name, or failing that the index, keeps React keys and tint ids unique.
    let id = String(f.id ?? f.properties.name);
    if (ids.has(id)) id = `${id}-${f.properties.name}`;
    if (ids.has(id)) id = `${id}-${i}`;
    ids.add(id);
    out.push({ ...shape, id, name: f.properties.name, anchor: centroid, area });
  });
  return out;
}

/** The land borders as one SVG path. */
export function bordersPath(projection: GeoProjection, basemap: Basemap): string {
  return geoPath(projection).digits(PATH_DIGITS)(basemap.borders) ?? '';
}

/** The globe's outline (the sea behind the land) and a 10° graticule, as SVG paths. */
export function backgroundPaths(projection: GeoProjection): { sphere: string; graticule: string } {
  const path = geoPath(projection).digits(PATH_DIGITS);
  return { sphere: path({ type: 'Sphere' }) ?? '', graticule: path(geoGraticule10()) ?? '' };
}

/** The zoom that shows all these base points ("fit to events"); none gives the default frame. */
export function fitToPoints(width: number, height: number, points: Point[]): Transform {
  return fitTransform(width, height, points);
}
