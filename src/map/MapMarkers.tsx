import { memo, type KeyboardEvent } from 'react';
import type { PlacedLabel } from './labels';
import type { DrawnMarker } from './mapScene';
import { eventCountLabel } from './markers';

/** Props of the marker layer. */
export interface MapMarkersProps {
  /** Big first, so that small markers are drawn on top. */
  markers: DrawnMarker[];
  labels: PlacedLabel[];
  /** Places in the place filter: their markers are pressed. */
  pressed: Set<string>;
  /** The place of the hovered event or the hovered place. */
  highlighted?: string;
  /** The place of the selected event. */
  selected?: string;
  onToggle: (placeId: string) => void;
  onHover: (placeId: string | undefined) => void;
}

/** Smallest radius that has room for the count inside the disc. */
const COUNT_MIN_RADIUS = 9;

/**
 * One focusable button per place, sized by its count, and the city names beside them. The
 * markers sit in screen pixels, so they keep their size whatever the zoom.
 */
export const MapMarkers = memo(function MapMarkers({
  markers,
  labels,
  pressed,
  highlighted,
  selected,
  onToggle,
  onHover,
}: MapMarkersProps) {
  const onKey = (e: KeyboardEvent<SVGGElement>, id: string) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    // Space would scroll the page and the region would read the key as a zoom command.
    e.preventDefault();
    e.stopPropagation();
    onToggle(id);
  };
  return (
    <>
      <g className="map-markers">
        {markers.map((m) => {
          const cls = ['map-marker'];
          if (pressed.has(m.placeId)) cls.push('map-marker-pressed');
          if (highlighted === m.placeId) cls.push('map-marker-highlighted');
          if (selected === m.placeId) cls.push('map-marker-selected');
          return (
            <g
              key={m.placeId}
              className={cls.join(' ')}
              data-place-id={m.placeId}
              role="button"
              tabIndex={0}
              aria-label={`${m.name}, ${eventCountLabel(m.count)}`}
              aria-pressed={pressed.has(m.placeId)}
              transform={`translate(${m.x.toFixed(1)},${m.y.toFixed(1)})`}
              onClick={() => onToggle(m.placeId)}
              onKeyDown={(e) => onKey(e, m.placeId)}
              onMouseEnter={() => onHover(m.placeId)}
              onMouseLeave={() => onHover(undefined)}
              onFocus={() => onHover(m.placeId)}
              onBlur={() => onHover(undefined)}
            >
              <circle className="map-marker-halo" r={m.r + 4} />
              <circle className="map-marker-shape" r={m.r} />
              {m.r >= COUNT_MIN_RADIUS && m.count > 1 && (
                <text className="map-marker-count" dy="0.35em" aria-hidden="true">
                  {m.count}
                </text>
              )}
            </g>
          );
        })}
      </g>
      <g className="map-place-labels" aria-hidden="true">
        {labels.map((l) => (
          <text
            key={l.id}
            className={highlighted === l.id || selected === l.id ? 'map-place-label map-place-label-strong' : 'map-place-label'}
            x={l.x.toFixed(1)}
            y={l.y.toFixed(1)}
            textAnchor={l.anchor}
          >
            {l.text}
          </text>
        ))}
      </g>
    </>
  );
});
