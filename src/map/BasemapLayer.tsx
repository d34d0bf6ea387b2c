import { memo } from 'react';
import type { Transform } from './mapZoom';
import type { CountryPath } from './projection';

/*
 * The basemap is drawn in three memoised layers, sea and land, tints, then the lines over
 * both, so that zooming (which only changes the parent's transform) and new markers never
 * re-render the large land paths, and a change of events re-renders only the tints.
 */

/** Props of the land layer: paths in base pixels, computed once per view size. */
export interface LandLayerProps {
  sphere: string;
  countries: CountryPath[];
}

/** The sea (the globe's outline) and the land. */
export const LandLayer = memo(function LandLayer({ sphere, countries }: LandLayerProps) {
  return (
    <g className="map-land" aria-hidden="true">
      <path className="map-sphere" d={sphere} />
      {countries.map((c) => (
        <path key={c.id} className="map-country" d={c.d} />
      ))}
    </g>
  );
});

/** Props of the tint layer. */
export interface TintLayerProps {
  countries: CountryPath[];
  ids: Set<string>;
}

/** The countries whose state takes part in the events in view, drawn over the land. */
export const TintLayer = memo(function TintLayer({ countries, ids }: TintLayerProps) {
  return (
    <g className="map-tints" aria-hidden="true">
      {countries
        .filter((c) => ids.has(c.id))
        .map((c) => (
          <path key={c.id} className="map-country-actor" d={c.d}>
            <title>{c.name}</title>
          </path>
        ))}
    </g>
  );
});

/** Props of the line layer. */
export interface LineLayerProps {
  graticule: string;
  borders: string;
}

/** The graticule and the land borders, over land and tints alike so they read the same everywhere. */
export const LineLayer = memo(function LineLayer({ graticule, borders }: LineLayerProps) {
  return (
    <g className="map-lines" aria-hidden="true">
      <path className="map-graticule" d={graticule} />
      {borders && <path className="map-borders" d={borders} />}
    </g>
  );
});

/** Props of the basemap at the current zoom. */
export interface ZoomedBasemapProps {
  transform: Transform;
  background: { sphere: string; graticule: string };
  countries: CountryPath[];
  /** The countries whose state takes part in the events in view. */
  tinted: Set<string>;
  borders: string;
}

/** The three layers under the view's transform, so a zoom changes one attribute and none of their paths. */
export function ZoomedBasemap({ transform: { k, x, y }, background, countries, tinted, borders }: ZoomedBasemapProps) {
  return (
    <g transform={`translate(${x},${y}) scale(${k})`}>
      <LandLayer sphere={background.sphere} countries={countries} />
      <TintLayer countries={countries} ids={tinted} />
      <LineLayer graticule={background.graticule} borders={borders} />
    </g>
  );
}
