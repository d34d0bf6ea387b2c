import { useEffect, useRef, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoomTransform, type ZoomBehavior } from 'd3-zoom';
import type { Transform } from './transform';
import { createZoomBehavior, toZoomTransform, type ZoomOptions, type ZoomSyncState } from './zoomBehavior';

// The one place d3-zoom is attached, for the map and the timeline alike; src/dom holds what
// both views need of the DOM (this hook, its behaviour, the element size and the Transform type).

export { wheelOrPrimaryButton, type ZoomOptions } from './zoomBehavior';

/**
 * Whether two transforms show the same view to well under a pixel. The timeline's window makes
 * a round trip through dates before it comes back, so the echo of a gesture is rarely exact.
 */
function sameView(a: Transform, b: Transform): boolean {
  return Math.abs(a.k - b.k) <= 1e-9 * Math.max(a.k, b.k) && Math.abs(a.x - b.x) < 1e-3 && Math.abs(a.y - b.y) < 1e-3;
}

/**
 * Attaches d3-zoom to an element as an input device: wheel, pinch and drag report a new
 * transform through `onZoom` and the gesture's end through `onEnd`, and the caller decides what
 * the view becomes. When the transform changes from elsewhere (buttons, keys, the URL), the
 * behaviour is moved there with d3-zoom's own `transform`, flagged so that it is not reported
 * back as a gesture, and the next gesture starts from what is shown.
 */
export function useZoom(ref: RefObject<Element | null>, transform: Transform, options: ZoomOptions) {
  const latest = useRef(options);
  latest.current = options;
  const state = useRef<ZoomSyncState>({ syncing: false, animating: false });
  const behaviorRef = useRef<ZoomBehavior<Element, unknown> | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const behavior = createZoomBehavior(latest, state.current);
    behaviorRef.current = behavior;
    select(el).call(behavior);
    return () => {
      select(el).on('.zoom', null);
      behaviorRef.current = null;
    };
  }, [ref]);
  // The bounds arrive as fresh arrays on every render; their text changes only when they do.
  const bounds = JSON.stringify([options.scaleExtent, options.translateExtent]);
  useEffect(() => {
    const behavior = behaviorRef.current;
    const { scaleExtent, translateExtent } = latest.current;
    behavior?.scaleExtent(scaleExtent);
    if (translateExtent) behavior?.translateExtent(translateExtent);
  }, [bounds]);
  useEffect(() => {
    const el = ref.current;
    const behavior = behaviorRef.current;
    const s = state.current;
    // During a double click's animation the app's transform is its echo, a frame or more behind;
    // moving d3-zoom there would interrupt the animation, whose own steps set both sides.
    if (!el || !behavior || s.animating || sameView(zoomTransform(el), transform)) return;
    s.syncing = true;
    try {
      behavior.transform(select(el), toZoomTransform(transform));
    } finally {
      s.syncing = false;
    }
  }, [ref, transform]);
}
