import { IDENTITY, panBy, zoomAround, type Transform } from './mapZoom';

/** How far an arrow key pans, as a share of the view. */
export const PAN_STEP = 0.15;

/**
 * The view after a key pressed on the map: + and − zoom about the middle, 0 returns to the
 * default frame, and the arrows move the view that way (only when the map itself has focus,
 * so they never steal a key from a button inside it). Undefined when the key means nothing.
 */
export function transformForKey(key: string, t: Transform, width: number, height: number, mapFocused: boolean): Transform | undefined {
  const dx = width * PAN_STEP;
  const dy = height * PAN_STEP;
  const middle: [number, number] = [width / 2, height / 2];
  if (key === '+' || key === '=') return zoomAround(t, 2, middle, width, height);
  if (key === '-' || key === '_') return zoomAround(t, 0.5, middle, width, height);
  if (key === '0') return IDENTITY;
  if (!mapFocused) return undefined;
  // An arrow shows more of the map in its direction, so the content moves the other way.
  if (key === 'ArrowLeft') return panBy(t, dx, 0, width, height);
  if (key === 'ArrowRight') return panBy(t, -dx, 0, width, height);
  if (key === 'ArrowUp') return panBy(t, 0, dy, width, height);
  if (key === 'ArrowDown') return panBy(t, 0, -dy, width, height);
  return undefined;
}
