import { useEffect, useState } from 'react';
import { afterPaint } from './afterPaint';

/**
 * `value` as it was before the last change until that change's frame has been painted, then
 * `value`. Views that can follow a click a frame late (the overview sketch, the facet counts,
 * the map) take their input through this, so the frame that answers the click carries only
 * the urgent part, the timeline and the count, as the web's guidance on input latency advises
 * (yield to the browser before non-urgent work). The first render gets `value` at once.
 */
export function useValueAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(() => value);
  useEffect(() => (Object.is(shown, value) ? undefined : afterPaint(() => setShown(() => value))), [value, shown]);
  return shown;
}
