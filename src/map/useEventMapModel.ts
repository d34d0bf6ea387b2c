import { useEffect, useMemo, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type { EventRecord, ViewBundle } from '../data/bundleSchema';
import { useAppStore } from '../state/StoreProvider';
import { actorCountryIds, countriesByState, stateIndex } from './countryStates';
import { buildMapScene, type DrawnMarker, type MapScene } from './mapScene';
import { eventsAt, placeMarkers, type PlaceMarker } from './markers';
import { centreOn, clampTransform, IDENTITY, type Point, type Transform } from './mapZoom';
import { backgroundPaths, bordersPath, countryPaths, makeProjection, projectPlaces, type CountryPath } from './projection';
import { useBasemap, type BasemapState } from './useBasemap';
import type { Size } from '../dom/useElementSize';

/** What the map draws for one view, and the view's state that the input hook changes. */
export interface EventMapModel {
  width: number;
  height: number;
  /** Whether the basemap is on its way, here or failed. */
  loaded: BasemapState;
  /** The sea and the graticule, in base pixels. */
  background: { sphere: string; graticule: string };
  countries: CountryPath[];
  borders: string;
  /** The countries whose state takes part in the events in view. */
  tinted: Set<string>;
  /** One per place with events in view, big first. */
  markers: PlaceMarker[];
  /** Every place's position in base (unzoomed) pixels. */
  basePoints: Map<string, Point>;
  /** The markers and names laid out for the current zoom, in screen pixels. */
  scene: MapScene;
  /** The places in the place filter, whose markers are pressed. */
  pressed: Set<string>;
  /** The place of the hovered event, or the hovered place. */
  highlighted: string | undefined;
  /** The place of the selected event. */
  selectedPlace: string | undefined;
  transform: Transform;
  setTransform: Dispatch<SetStateAction<Transform>>;
  /** The marker whose tooltip is open, if any, and the events the tooltip lists. */
  tip: DrawnMarker | undefined;
  tipEvents: EventRecord[];
  setTipFor: (placeId: string | undefined) => void;
}

/**
 * Everything in base pixels. The basemap depends on the size only, so nothing about the
 * events recomputes it; the tints alone follow the events in view.
 */
function useBaseGeometry(bundle: ViewBundle, events: EventRecord[], width: number, height: number) {
  const loaded = useBasemap();
  const projection = useMemo(() => makeProjection(width, height), [width, height]);
  const background = useMemo(() => backgroundPaths(projection), [projection]);
  const basemap = loaded.status === 'ready' ? loaded.basemap : undefined;
  const countries = useMemo(() => (basemap ? countryPaths(projection, basemap) : []), [projection, basemap]);
  const borders = useMemo(() => (basemap ? bordersPath(projection, basemap) : ''), [projection, basemap]);
  const states = useMemo(() => stateIndex(bundle), [bundle]);
  const byState = useMemo(() => countriesByState(countries, states), [countries, states]);
  const tinted = useMemo(() => actorCountryIds(countries, events, states, byState), [countries, events, states, byState]);
  const basePoints = useMemo(
    () => new Map(projectPlaces(projection, bundle.places).map((p): [string, Point] => [p.id, [p.x, p.y]])),
    [projection, bundle.places],
  );
  return { loaded, background, countries, borders, tinted, basePoints };
}

/**
 * The view's zoom and pan. A new size moves the frame, so the view is kept within the new
 * bounds. Selecting an event brings its place to the middle, at the current zoom; only a change
 * of selection does, so resizing or new markers leave the view where the reader put it.
 */
function useViewTransform(
  selectedId: string | undefined,
  selectedPlace: string | undefined,
  basePoints: Map<string, Point>,
  width: number,
  height: number,
) {
  const [transform, setTransform] = useState<Transform>(IDENTITY);
  useEffect(() => setTransform((t) => clampTransform(t, width, height)), [width, height]);
  const latest = useRef({ selectedPlace, basePoints, width, height });
  latest.current = { selectedPlace, basePoints, width, height };
  useEffect(() => {
    const { selectedPlace: id, basePoints: points, width: w, height: h } = latest.current;
    const place = id && points.get(id);
    if (place) setTransform((t) => centreOn(t, place, w, h));
  }, [selectedId]);
  return [transform, setTransform] as const;
}

/** The map's state and derived data, each memoised on what it depends on, so that a zoom lays out the markers again but never recomputes the basemap. */
export function useEventMapModel(
  bundle: ViewBundle,
  events: EventRecord[],
  placeCounts: ReadonlyMap<string, number> | undefined,
  { width, height }: Size,
): EventMapModel {
  const filterPlaces = useAppStore((s) => s.places);
  const selectedId = useAppStore((s) => s.event);
  const hoveredEventId = useAppStore((s) => s.hoveredEvent);
  const hoveredPlace = useAppStore((s) => s.hoveredPlace);
  const [tipFor, setTipFor] = useState<string | undefined>();
  const base = useBaseGeometry(bundle, events, width, height);
  const { countries, basePoints } = base;

  const markers = useMemo(() => placeMarkers(events, bundle.places, placeCounts), [events, bundle.places, placeCounts]);
  const eventsById = useMemo(() => new Map(bundle.events.map((e) => [e.id, e])), [bundle.events]);
  const highlighted = (hoveredEventId && eventsById.get(hoveredEventId)?.placeId) || hoveredPlace;
  const selectedPlace = selectedId ? eventsById.get(selectedId)?.placeId : undefined;
  const pressed = useMemo(() => new Set(filterPlaces), [filterPlaces]);

  const [transform, setTransform] = useViewTransform(selectedId, selectedPlace, basePoints, width, height);
  const scene = useMemo(
    () => buildMapScene(markers, basePoints, countries, transform, width, height),
    [markers, basePoints, countries, transform, width, height],
  );
  const tip = tipFor ? scene.markers.find((m) => m.placeId === tipFor) : undefined;
  const tipPlace = tip?.placeId;
  const tipEvents = useMemo(() => (tipPlace ? eventsAt(events, tipPlace) : []), [events, tipPlace]);
  return {
    width,
    height,
    ...base,
    markers,
    scene,
    pressed,
    highlighted,
    selectedPlace,
    transform,
    setTransform,
    tip,
    tipEvents,
    setTipFor,
  };
}
