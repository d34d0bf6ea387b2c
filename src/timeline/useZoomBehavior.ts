import { useEffect, useRef, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, type D3ZoomEvent } from 'd3-zoom';
import { toZoomTransform, type Transform } from './zoomMath';

/** What the zoom behaviour reports, and how it keeps its transform within reason. */
export interface ZoomHandlers {
  /** One step of a gesture: a wheel tick, a pinch or drag move. */
  onZoom: (t: Transform) => void;
  /** The gesture ended: on release for a drag, about 150 ms after the last tick for the wheel. */
  onEnd: (t: Transform) => void;
  /** Clamps every transform the behaviour computes, so a gesture never leaves the allowed range. */
  constrain: (t: Transform) => Transform;
}

const plain = ({ k, x, y }: Transform): Transform => ({ k, x, y });

/**
 * Attaches d3-zoom to an element as an input device: wheel, pinch and drag report a new
 * transform through `onZoom` and the gesture's end through `onEnd`, and the caller decides
 * what the view becomes. When the transform changes from elsewhere (buttons, keys, the URL)
 * the behaviour's own state is updated quietly so the next step starts from the right place.
 */
export function useZoomBehavior(ref: RefObject<Element | null>, transform: Transform, handlers: ZoomHandlers) {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const behavior = zoom<Element, unknown>()
      .scaleExtent([1e-3, 1e7])
      // The behaviour keeps its own transform between the store's changes, so it must clamp it
      // itself: a live gesture writes the store only at its end.
      .constrain((t) => toZoomTransform(latest.current.constrain(plain(t))))
      // The wheel and pinch zoom; a drag pans with the primary button only.
      .filter((event: Event) => (event.type === 'wheel' ? true : !(event as MouseEvent).button))
      .on('zoom', (event: D3ZoomEvent<Element, unknown>) => {
        // If this event came from our own quiet sync, ignore it.
        if (!event.sourceEvent) return;
        latest.current.onZoom(plain(event.transform));
      })
      .on('end', (event: D3ZoomEvent<Element, unknown>) => latest.current.onEnd(plain(event.transform)));
    select(el).call(behavior);
    return () => {
      select(el).on('.zoom', null);
    };
  }, [ref]);
  useEffect(() => {
    const el = ref.current as (Element & { __zoom?: unknown }) | null;
    if (el) el.__zoom = toZoomTransform(transform);
  }, [ref, transform]);
}
