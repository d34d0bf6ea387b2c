/** The key to the map: what a tint and a disc mean. */
export function MapLegend() {
  return (
    <ul className="legend map-legend" aria-label="Map legend">
      <li>
        <svg width="16" height="12" aria-hidden="true">
          <rect className="map-legend-actor" x="1" y="1" width="14" height="10" rx="2" />
        </svg>
        State taking part
      </li>
      <li>
        <svg width="22" height="14" aria-hidden="true">
          <circle className="map-legend-marker" cx="5" cy="9" r="3.5" />
          <circle className="map-legend-marker" cx="15" cy="7" r="6" />
        </svg>
        Events at a place, by number
      </li>
    </ul>
  );
}
