import type { PlacedLabel } from './labels';

/** The country names, placed in screen pixels so they keep their size at any zoom; hidden from assistive technology, which has the markers. */
export function MapCountryLabels({ labels }: { labels: PlacedLabel[] }) {
  return (
    <g className="map-country-labels" aria-hidden="true">
      {labels.map((l) => (
        <text key={l.id} x={l.x.toFixed(1)} y={l.y.toFixed(1)} textAnchor="middle">
          {l.text}
        </text>
      ))}
    </g>
  );
}
