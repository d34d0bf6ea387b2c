import type { BasemapState } from './useBasemap';

/** Props of the map's notes. */
export interface MapStatusProps {
  basemap: BasemapState;
  /** True when no marker is drawn. */
  empty: boolean;
}

/** The notes over the map: the basemap on its way or failed (the markers do not wait for it), and nothing to mark. */
export function MapStatus({ basemap, empty }: MapStatusProps) {
  return (
    <>
      {basemap.status === 'loading' && (
        <p className="map-status" role="status">
          Loading the map…
        </p>
      )}
      {basemap.status === 'error' && (
        <p className="map-status map-error" role="alert">
          {basemap.message} The places are shown without the countries.
        </p>
      )}
      {empty && <p className="map-empty">No events with a known place in view.</p>}
    </>
  );
}
