import { MapLegend } from './MapLegend';

/** Props of the map's toolbar. */
export interface MapToolbarProps {
  onZoom: (factor: number) => void;
  onFit: () => void;
  onReset: () => void;
  /** Names of the places with events that the view does not show. */
  outside: string[];
}

/**
 * The zoom buttons, the legend and a note of places out of view. The zoom buttons' names
 * differ from the timeline's ("Zoom in"), so each is found by its own name on the page.
 */
export function MapToolbar({ onZoom, onFit, onReset, outside }: MapToolbarProps) {
  return (
    <div className="map-toolbar">
      <div className="button-group" role="group" aria-label="Map zoom">
        <button type="button" onClick={() => onZoom(2)} aria-label="Zoom the map in" title="Zoom in (+)">
          +
        </button>
        <button type="button" onClick={() => onZoom(0.5)} aria-label="Zoom the map out" title="Zoom out (−)">
          −
        </button>
        <button type="button" onClick={onFit} title="Show every place with events in view">
          Fit to events
        </button>
        <button type="button" onClick={onReset} title="Show Central Asia (0)">
          Central Asia
        </button>
      </div>
      <MapLegend />
      {outside.length > 0 && (
        <span className="map-outside">{outside.length === 1 ? `${outside[0]} is` : `${outside.length} places are`} outside the view</span>
      )}
    </div>
  );
}
