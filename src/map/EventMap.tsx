import { memo, useRef } from 'react';
import type { ViewBundle, EventRecord } from '../data/bundleSchema';
import { ZoomedBasemap } from './BasemapLayer';
import { MapCountryLabels } from './MapCountryLabels';
import { MapMarkers } from './MapMarkers';
import { MapStatus } from './MapStatus';
import { MapToolbar } from './MapToolbar';
import { MapTooltip } from './MapTooltip';
import { useElementSize } from '../dom/useElementSize';
import { useEventMapInput } from './useEventMapInput';
import { useEventMapModel } from './useEventMapModel';
import './map.css';

/** Props of the map. */
export interface EventMapProps {
  bundle: ViewBundle;
  /** The events in the current view: one marker per place among them. */
  events: EventRecord[];
  /** How many of `events` are at each place, when already counted (the place facet's counts are). */
  placeCounts?: ReadonlyMap<string, number>;
}

/** The size assumed before the map is measured (and in jsdom, which measures nothing). */
const FALLBACK_SIZE = { width: 800, height: 360 };

/**
 * The map of the events in view: Natural Earth countries in an equal-area projection of
 * Central Asia, the states taking part tinted, and one marker per place sized by its count.
 * Pure functions compute the paths, markers and labels (see useEventMapModel); d3-zoom is only
 * an input device (see useEventMapInput), so this component only renders.
 */
export const EventMap = memo(function EventMap({ bundle, events, placeCounts }: EventMapProps) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const size = useElementSize(bodyRef, FALLBACK_SIZE);
  const model = useEventMapModel(bundle, events, placeCounts, size);
  const input = useEventMapInput(svgRef, model);
  const { width, height, scene, tip } = model;

  return (
    <section className="map" role="region" aria-label="Map" tabIndex={0} onKeyDown={input.onKey}>
      <MapToolbar onZoom={input.zoomBy} onFit={input.fitEvents} onReset={input.reset} outside={scene.outside} />
      <div className="map-body" ref={bodyRef}>
        <svg className="map-svg" ref={svgRef} width={width} height={height} data-export="map">
          <ZoomedBasemap
            transform={model.transform}
            background={model.background}
            countries={model.countries}
            tinted={model.tinted}
            borders={model.borders}
          />
          <MapCountryLabels labels={scene.countryLabels} />
          <MapMarkers
            markers={scene.markers}
            labels={scene.placeLabels}
            pressed={model.pressed}
            highlighted={model.highlighted}
            selected={model.selectedPlace}
            onToggle={input.onToggle}
            onHover={input.onHover}
          />
        </svg>
        <MapStatus basemap={model.loaded} empty={scene.markers.length === 0} />
        {tip && <MapTooltip name={tip.name} events={model.tipEvents} x={tip.x} y={tip.y} r={tip.r} width={width} height={height} />}
      </div>
    </section>
  );
});
