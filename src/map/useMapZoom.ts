import { useEffect, useRef, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { panBounds, SCALE_EXTENT, type Transform } from './mapZoom';

/**
 * Attaches d3-zoom to the map as an input device: the wheel, pinch and drag report a new
 * transform through `onZoom`, within the scale extent and pan bounds. When the transform
 * changes from elsewhere (buttons, keys, selecting an event) the behaviour's own state is set
 * quietly, so the next gesture starts from what is shown.
 */
export function useMapZoom(
  ref: RefObject<SVGSVGElement | null>,
  transform: Transform,
  width: number,
  height: number,
  onZoom: (t: Transform) => void,
) {
  const onZoomRef = useRef(onZoom);
  onZoomRef.current = onZoom;
  const behaviorRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const behavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent(SCALE_EXTENT)
      // The wheel and pinch zoom; a drag pans with the primary button only. A double click on
      // a marker is two clicks on a button, not a request to zoom.
      .filter((event: Event) => {
        if (event.type === 'wheel') return true;
        if (event.type === 'dblclick' && (event.target as Element | null)?.closest?.('.map-marker')) return false;
        return !(event as MouseEvent).button;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        // Our own quiet syncs carry no source event; only gestures are reported.
        if (!event.sourceEvent) return;
        const { k, x, y } = event.transform;
        onZoomRef.current({ k, x, y });
      });
    behaviorRef.current = behavior;
    select(el).call(behavior);
    return () => {
      select(el).on('.zoom', null);
      behaviorRef.current = null;
    };
  }, [ref]);
  useEffect(() => {
    behaviorRef.current
      ?.extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent(panBounds(width, height));
  }, [width, height]);
  useEffect(() => {
    const el = ref.current as (SVGSVGElement & { __zoom?: unknown }) | null;
    if (el) el.__zoom = zoomIdentity.translate(transform.x, transform.y).scale(transform.k);
  }, [ref, transform]);
}
