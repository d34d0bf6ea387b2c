import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ViewBundle, EventRecord } from '../data/bundleSchema';
import { useAppStore, useAppStoreApi } from '../state/StoreProvider';
import { LandLayer, LineLayer, TintLayer } from './BasemapLayer';
import { actorCountryIds, countriesByState, stateIndex } from './countryStates';
import { transformForKey } from './mapKeys';
import { MapMarkers } from './MapMarkers';
import { buildMapScene } from './mapScene';
import { MapToolbar } from './MapToolbar';
import { MapTooltip } from './MapTooltip';
import { eventsAt, placeMarkers } from './markers';
import { centreOn, clampTransform, IDENTITY, zoomAround, type Point, type Transform } from './mapZoom';
import { backgroundPaths, bordersPath, countryPaths, fitToPoints, makeProjection, projectPlaces } from './projection';
import { useBasemap } from './useBasemap';
import { useElementSize } from './useElementSize';
import { useMapZoom } from './useMapZoom';
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
 * Pure functions compute the paths, markers and labels; d3-zoom is only an input device.
 */
export const EventMap = memo(function EventMap({ bundle, events, placeCounts }: EventMapProps) {
  const store = useAppStoreApi();
  const bodyRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const { width, height } = useElementSize(bodyRef, FALLBACK_SIZE);
  const loaded = useBasemap();
  const filterPlaces = useAppStore((s) => s.places);
  const selectedId = useAppStore((s) => s.event);
  const hoveredEventId = useAppStore((s) => s.hoveredEvent);
  const hoveredPlace = useAppStore((s) => s.hoveredPlace);
  const [transform, setTransform] = useState<Transform>(IDENTITY);
  const [tipFor, setTipFor] = useState<string | undefined>();

  // The basemap depends on the size only; nothing about the events recomputes it.
  const projection = useMemo(() => makeProjection(width, height), [width, height]);
  const background = useMemo(() => backgroundPaths(projection), [projection]);
  const basemap = loaded.status === 'ready' ? loaded.basemap : undefined;
  const countries = useMemo(() => (basemap ? countryPaths(projection, basemap) : []), [projection, basemap]);
  const borders = useMemo(() => (basemap ? bordersPath(projection, basemap) : ''), [projection, basemap]);
  const states = useMemo(() => stateIndex(bundle), [bundle]);
  const byState = useMemo(() => countriesByState(countries, states), [countries, states]);
  const tinted = useMemo(() => actorCountryIds(countries, events, states, byState), [countries, events, states, byState]);

  const markers = useMemo(() => placeMarkers(events, bundle.places, placeCounts), [events, bundle.places, placeCounts]);
  const basePoints = useMemo(
    () => new Map(projectPlaces(projection, bundle.places).map((p): [string, Point] => [p.id, [p.x, p.y]])),
    [projection, bundle.places],
  );
  const scene = useMemo(
    () => buildMapScene(markers, basePoints, countries, transform, width, height),
    [markers, basePoints, countries, transform, width, height],
  );

  const eventsById = useMemo(() => new Map(bundle.events.map((e) => [e.id, e])), [bundle.events]);
  const highlighted = (hoveredEventId && eventsById.get(hoveredEventId)?.placeId) || hoveredPlace;
  const selectedPlace = selectedId ? eventsById.get(selectedId)?.placeId : undefined;
  const pressed = useMemo(() => new Set(filterPlaces), [filterPlaces]);

  useMapZoom(svgRef, transform, width, height, setTransform);
  // A new size moves the frame; keep the current view within the new bounds.
  useEffect(() => setTransform((t) => clampTransform(t, width, height)), [width, height]);
  // Selecting an event brings its place to the middle, at the current zoom. Only a change of
  // selection does; resizing or new markers leave the view where the reader put it.
  const latest = useRef({ selectedPlace, basePoints, width, height });
  latest.current = { selectedPlace, basePoints, width, height };
  useEffect(() => {
    const { selectedPlace: id, basePoints: points, width: w, height: h } = latest.current;
    const place = id && points.get(id);
    if (place) setTransform((t) => centreOn(t, place, w, h));
  }, [selectedId]);
  // A hover that outlives the map (it unmounts under the pointer) must not stay in the store.
  useEffect(
    () => () => {
      if (store.getState().hoveredPlace) store.getState().hoverPlace(undefined);
    },
    [store],
  );

  const zoomBy = (factor: number) => setTransform((t) => zoomAround(t, factor, [width / 2, height / 2], width, height));
  const fitEvents = () => {
    const points = markers.flatMap((m): Point[] => {
      const p = basePoints.get(m.placeId);
      return p ? [p] : [];
    });
    setTransform(fitToPoints(width, height, points));
  };
  const onToggle = useCallback((id: string) => store.getState().toggleFacet('places', id), [store]);
  const onHover = useCallback(
    (id: string | undefined) => {
      setTipFor(id);
      store.getState().hoverPlace(id);
    },
    [store],
  );
  const onKey = (e: KeyboardEvent<HTMLElement>) => {
    const next = transformForKey(e.key, transform, width, height, e.target === e.currentTarget);
    if (!next) return;
    e.preventDefault();
    setTransform(next);
  };

  const tip = tipFor ? scene.markers.find((m) => m.placeId === tipFor) : undefined;
  const tipPlace = tip?.placeId;
  const tipEvents = useMemo(() => (tipPlace ? eventsAt(events, tipPlace) : []), [events, tipPlace]);
  const { k, x, y } = transform;

  return (
    <section className="map" role="region" aria-label="Map" tabIndex={0} onKeyDown={onKey}>
      <MapToolbar onZoom={zoomBy} onFit={fitEvents} onReset={() => setTransform(IDENTITY)} outside={scene.outside} />
      <div className="map-body" ref={bodyRef}>
        <svg className="map-svg" ref={svgRef} width={width} height={height} data-export="map">
          <g transform={`translate(${x},${y}) scale(${k})`}>
            <LandLayer sphere={background.sphere} countries={countries} />
            <TintLayer countries={countries} ids={tinted} />
            <LineLayer graticule={background.graticule} borders={borders} />
          </g>
          <g className="map-country-labels" aria-hidden="true">
            {scene.countryLabels.map((l) => (
              <text key={l.id} x={l.x.toFixed(1)} y={l.y.toFixed(1)} textAnchor="middle">
                {l.text}
              </text>
            ))}
          </g>
          <MapMarkers
            markers={scene.markers}
            labels={scene.placeLabels}
            pressed={pressed}
            highlighted={highlighted}
            selected={selectedPlace}
            onToggle={onToggle}
            onHover={onHover}
          />
        </svg>
        {loaded.status === 'loading' && (
          <p className="map-status" role="status">
            Loading the map…
          </p>
        )}
        {loaded.status === 'error' && (
          <p className="map-status map-error" role="alert">
            {loaded.message} The places are shown without the countries.
          </p>
        )}
        {scene.markers.length === 0 && <p className="map-empty">No events with a known place in view.</p>}
        {tip && <MapTooltip name={tip.name} events={tipEvents} x={tip.x} y={tip.y} r={tip.r} width={width} height={height} />}
      </div>
    </section>
  );
});
