import type { ScaleTime } from 'd3-scale';
import { clampZoom, transformFor, windowOf } from './zoomMath';

/** The window after zooming by `factor` (>1 zooms in) around the window's centre, clamped. */
export function zoomWindow(base: ScaleTime<number, number>, window: [number, number], factor: number): [number, number] {
  const centre = (window[0] + window[1]) / 2;
  const half = (window[1] - window[0]) / 2 / factor;
  return clampWindow(base, [centre - half, centre + half]);
}

/** The window after panning by `fraction` of its width (negative pans to earlier dates), clamped. */
export function panWindow(base: ScaleTime<number, number>, window: [number, number], fraction: number): [number, number] {
  const shift = (window[1] - window[0]) * fraction;
  return clampWindow(base, [window[0] + shift, window[1] + shift]);
}

/** A window pulled back within the limits clampZoom sets. */
export function clampWindow(base: ScaleTime<number, number>, window: [number, number]): [number, number] {
  return windowOf(base, clampZoom(base, transformFor(base, window[0], window[1])));
}
