import { useCallback, useEffect, type KeyboardEvent, type RefObject } from 'react';
import { useAppStoreApi } from '../state/StoreProvider';
import { transformForKey } from './mapKeys';
import { IDENTITY, zoomAround, type Point } from './mapZoom';
import { fitToPoints } from './projection';
import type { EventMapModel } from './useEventMapModel';
import { useMapZoom } from './useMapZoom';

/** The map's handlers for the toolbar's buttons, the keys on the region and the pointer on the markers. */
export interface EventMapInput {
  /** Zooms by `factor` about the middle of the view. */
  zoomBy: (factor: number) => void;
  /** Shows every place with events in view. */
  fitEvents: () => void;
  /** Returns to the default frame. */
  reset: () => void;
  onKey: (e: KeyboardEvent<HTMLElement>) => void;
  /** Stable across renders, so that a zoom does not re-render the memoised markers for it. */
  onToggle: (placeId: string) => void;
  /** Stable across renders, like `onToggle`. */
  onHover: (placeId: string | undefined) => void;
}

/** The part of the model that input reads and changes. */
type InputModel = Pick<EventMapModel, 'transform' | 'setTransform' | 'setTipFor' | 'width' | 'height' | 'markers' | 'basePoints'>;

/** Turns the reader's input (d3-zoom's gestures on the SVG, the toolbar, the keys and the markers' clicks and hovers) into changes of the view and the store. */
export function useEventMapInput(svgRef: RefObject<SVGSVGElement | null>, model: InputModel): EventMapInput {
  const store = useAppStoreApi();
  const { transform, setTransform, setTipFor, width, height, markers, basePoints } = model;
  useMapZoom(svgRef, transform, width, height, setTransform);
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
  const reset = () => setTransform(IDENTITY);
  const onToggle = useCallback((id: string) => store.getState().toggleFacet('places', id), [store]);
  const onHover = useCallback(
    (id: string | undefined) => {
      setTipFor(id);
      store.getState().hoverPlace(id);
    },
    [store, setTipFor],
  );
  const onKey = (e: KeyboardEvent<HTMLElement>) => {
    const next = transformForKey(e.key, transform, width, height, e.target === e.currentTarget);
    if (!next) return;
    e.preventDefault();
    setTransform(next);
  };
  return { zoomBy, fitEvents, reset, onKey, onToggle, onHover };
}
