import { useEffect, useState } from 'react';

/**
 * `value` as it was before the last change until that change's frame has been painted, then
 * `value`. Views that can follow a click a frame late (the overview sketch, the facet counts,
 * the map) take their input through this, so the frame that answers the click carries only
 * the urgent part, the timeline and the count, as the web's guidance on input latency advises
 * (yield to the browser before non-urgent work). The first render gets `value` at once.
 */
export function useValueAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(() => value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    const show = () => setShown(() => value);
    // A task posted from an animation frame runs after that frame has been painted; a hidden
    // page paints no frames, so there a task alone will do.
    if (typeof requestAnimationFrame === 'undefined' || document.hidden) {
      const timer = setTimeout(show, 0);
      return () => clearTimeout(timer);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(show, 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}
