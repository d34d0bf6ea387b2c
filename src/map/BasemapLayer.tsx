import { memo } from 'react';
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
