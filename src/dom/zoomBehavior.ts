import type { RefObject } from 'react';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { Point, Transform } from './transform';

/** How a zoom behaviour reports gestures, which events start them, and how far they may go. */
export interface ZoomOptions {
  /** One step of a gesture: a wheel tick, a pinch or drag move, a frame of a double click's zoom. */
  onZoom: (t: Transform) => void;
  /** The gesture ended: on release for a drag, about 150 ms after the last tick for the wheel. */
  onEnd?: (t: Transform) => void;
  /** Clamps every transform a gesture computes; without it, d3-zoom keeps the view within `translateExtent`. */
  constrain?: (t: Transform) => Transform;
  /** Which events may start a gesture; `wheelOrPrimaryButton` when absent. */
  filter?: (event: Event) => boolean;
  /** The smallest and largest scale a gesture reaches. */
  scaleExtent: [number, number];
  /** The viewport in pixels; when absent, d3-zoom measures the element itself. */
  extent?: [Point, Point];
  /** The area a pan may reach, which d3-zoom's own constrain keeps in view. */
  translateExtent?: [Point, Point];
}

/** What the zoom hook and the behaviour's listeners share between d3's events and React's effects. */
export interface ZoomSyncState {
  /** Set while the app moves the behaviour, so that the move is not reported as a gesture. */
  syncing: boolean;
  /** Set while d3-zoom animates the zoom a double click or a double tap asked for. */
  animating: boolean;
}

/** The default filter: the wheel and pinch zoom, and a drag pans with the primary button only. */
export function wheelOrPrimaryButton(event: Event): boolean {
  return event.type === 'wheel' || !(event as MouseEvent).button;
}

/** The plain value of a d3 transform, which is what the app keeps. */
export const plain = ({ k, x, y }: Transform): Transform => ({ k, x, y });

/** The d3 transform of a plain value. */
export const toZoomTransform = ({ k, x, y }: Transform): ZoomTransform => zoomIdentity.translate(x, y).scale(k);

/**
 * The viewport d3-zoom measures by default, except where the DOM gives an SVG no lengths (jsdom,
 * in the component tests), where the element's box stands in. Every sync is a small gesture of
 * d3-zoom's own, and each gesture measures the viewport.
 */
function viewportOf(el: Element, d3Extent: (this: Element) => [Point, Point]): [Point, Point] {
  const svg = el instanceof SVGElement ? (el.ownerSVGElement ?? el) : undefined;
  if (svg && !svg.hasAttribute('viewBox') && (svg as SVGSVGElement).width === undefined) {
    const { width, height } = el.getBoundingClientRect();
    return [
      [0, 0],
      [width, height],
    ];
  }
  return d3Extent.call(el);
}

type ZoomEvent = D3ZoomEvent<Element, unknown>;

/** Whether a gesture is d3-zoom's animation: it animates only a double click's or a double tap's zoom, and starts it with that event. */
const isAnimation = (source: Event | null | undefined) => source?.type === 'dblclick' || source?.type === 'touchend';

/**
 * The d3 behaviour, reading the caller's latest options at every event so they may change on
 * every render. Nothing is attached here; the zoom hook does that.
 */
export function createZoomBehavior(latest: RefObject<ZoomOptions>, state: ZoomSyncState): ZoomBehavior<Element, unknown> {
  const behavior = zoom<Element, unknown>();
  const d3Constrain = behavior.constrain();
  const d3Extent = behavior.extent() as (this: Element) => [Point, Point];
  return (
    behavior
      .extent(function (this: Element) {
        return latest.current.extent ?? viewportOf(this, d3Extent);
      })
      // The behaviour keeps its own transform between the app's changes, so it must clamp it
      // itself: the timeline writes its store only when a live gesture ends.
      .constrain((t, extent, translateExtent) => {
        const own = latest.current.constrain;
        return own ? toZoomTransform(own(plain(t))) : d3Constrain(t, extent, translateExtent);
      })
      .filter((event: Event) => (latest.current.filter ?? wheelOrPrimaryButton)(event))
      .on('start', (event: ZoomEvent) => {
        // A sync starts no gesture of the reader's, so it leaves an animation's flag alone.
        if (!state.syncing) state.animating = isAnimation(event.sourceEvent as Event | null);
      })
      .on('zoom', (event: ZoomEvent) => {
        // Every zoom event during a sync is the sync's own, even one inside a gesture under way.
        if (!state.syncing) latest.current.onZoom(plain(event.transform));
      })
      .on('end', (event: ZoomEvent) => {
        // A sync's own end has no source event, and a reader's gesture always has one.
        if (state.syncing && !event.sourceEvent) return;
        state.animating = false;
        latest.current.onEnd?.(plain(event.transform));
      })
  );
}
