import { layoutCountryLabels, layoutPlaceLabels, type PlacedLabel } from './labels';
import { markerRadius, type PlaceMarker } from './markers';
import { toScreen, type Point, type Transform } from './mapZoom';
import type { CountryPath } from './projection';

/** A marker at its screen position, ready to draw. */
export interface DrawnMarker {
  placeId: string;
  name: string;
  count: number;
  x: number;
  y: number;
  r: number;
}

/** Everything that is drawn in screen pixels for one view: markers and names. */
export interface MapScene {
  /** Big first, so that small markers are drawn on top. */
  markers: DrawnMarker[];
  placeLabels: PlacedLabel[];
  countryLabels: PlacedLabel[];
  /** Names of the places with events that the view does not show. */
  outside: string[];
}

/**
 * Lays out the markers and names for one zoom. They are placed in screen pixels rather than
 * scaled with the basemap, so they keep their size at any zoom; city names go first, and
 * country names fit around them.
 */
export function buildMapScene(
  markers: PlaceMarker[],
  basePoints: Map<string, Point>,
  countries: CountryPath[],
  t: Transform,
  width: number,
  height: number,
): MapScene {
  const maxCount = Math.max(1, ...markers.map((m) => m.count));
  const drawn = markers.flatMap((m) => {
    const base = basePoints.get(m.placeId);
    if (!base) return [];
    const [x, y] = toScreen(t, base);
    return [{ placeId: m.placeId, name: m.name, count: m.count, x, y, r: markerRadius(m.count, maxCount) }];
  });
  const places = layoutPlaceLabels(
    drawn.map((m) => ({ id: m.placeId, text: m.name, x: m.x, y: m.y, r: m.r })),
    width,
    height,
  );
  return {
    markers: drawn,
    placeLabels: places.labels,
    countryLabels: layoutCountryLabels(countries, t, width, height, places.taken),
    outside: drawn.filter((m) => m.x < 0 || m.x > width || m.y < 0 || m.y > height).map((m) => m.name),
  };
}
