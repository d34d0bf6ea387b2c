import { useEffect, useRef, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, type D3ZoomEvent } from 'd3-zoom';
import { toZoomTransform, type Transform } from './zoomMath';

/**
 * Attaches d3-zoom to an element as an input device: wheel, pinch and drag report a new
 * transform through `onZoom`, and the caller decides what the view becomes. When the
 * transform changes from elsewhere (buttons, keys, the URL) the behaviour's own state is
 * updated quietly so the next gesture starts from the right place.
 */
export function useZoomBehavior(ref: RefObject<Element | null>, transform: Transform, onZoom: (t: Transform) => void) {
  const onZoomRef = useRef(onZoom);
  onZoomRef.current = onZoom;
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const behavior = zoom<Element, unknown>()
      .scaleExtent([1e-3, 1e7])
      // The wheel and pinch zoom; a drag pans with the primary button only.
      .filter((event: Event) => (event.type === 'wheel' ? true : !(event as MouseEvent).button))
      .on('zoom', (event: D3ZoomEvent<Element, unknown>) => {
        // If this event came from our own quiet sync, ignore it.
        if (!event.sourceEvent) return;
        const { k, x, y } = event.transform;
        onZoomRef.current({ k, x, y });
      });
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
