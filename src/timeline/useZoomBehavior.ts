import type { RefObject } from 'react';
import { useZoom } from '../dom/useZoom';
import type { Transform } from './zoomMath';

/** What the timeline's zoom reports, and how it keeps its transform within reason. */
export interface ZoomHandlers {
  /** One step of a gesture: a wheel tick, a pinch or drag move. */
  onZoom: (t: Transform) => void;
  /** The gesture ended: on release for a drag, about 150 ms after the last tick for the wheel. */
  onEnd: (t: Transform) => void;
  /** Clamps every transform the behaviour computes, so a gesture never leaves the allowed range. */
  constrain: (t: Transform) => Transform;
}

/** Any scale a gesture can reach without the maths degenerating; the real limits are `constrain`'s. */
const SCALE_EXTENT: [number, number] = [1e-3, 1e7];

/**
 * The timeline's d3-zoom: the shared zoom hook (see useZoom) with the timeline's clamp as its
 * constrain and the default filter, the wheel and the primary button.
 */
export function useZoomBehavior(ref: RefObject<Element | null>, transform: Transform, handlers: ZoomHandlers) {
  useZoom(ref, transform, { ...handlers, scaleExtent: SCALE_EXTENT });
}
