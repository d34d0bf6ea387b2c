import type { RefObject } from 'react';
import { panBounds, SCALE_EXTENT, type Transform } from './mapZoom';
import { useZoom, wheelOrPrimaryButton } from '../dom/useZoom';

/** The default filter, except that a double click on a marker is two clicks on a button, not a request to zoom. */
function mapFilter(event: Event): boolean {
  if (event.type === 'dblclick' && (event.target as Element | null)?.closest?.('.map-marker')) return false;
  return wheelOrPrimaryButton(event);
}

/**
 * The map's d3-zoom: the shared zoom hook (see useZoom) within the scale extent and the pan
 * bounds of a view `width` × `height`, reporting each step of a gesture through `onZoom`.
 */
export function useMapZoom(
  ref: RefObject<SVGSVGElement | null>,
  transform: Transform,
  width: number,
  height: number,
  onZoom: (t: Transform) => void,
) {
  useZoom(ref, transform, {
    onZoom,
    filter: mapFilter,
    scaleExtent: SCALE_EXTENT,
    extent: [
      [0, 0],
      [width, height],
    ],
    translateExtent: panBounds(width, height),
  });
}
