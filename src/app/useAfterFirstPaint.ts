import { useEffect, useState } from 'react';

/**
 * False until the component's first render has been painted, then true; always true when
 * `defer` is false. With a large bundle, the views that can wait (the list, the map, the
 * facet counts) render one frame after the timeline, so the first thing a reader sees comes
 * sooner instead of everything at once.
 */
export function useAfterFirstPaint(defer: boolean): boolean {
  const [painted, setPainted] = useState(!defer);
  useEffect(() => {
    if (painted) return;
    // A task posted from an animation frame runs after that frame has been painted.
    const later = () => setTimeout(() => setPainted(true), 0);
    if (typeof requestAnimationFrame === 'undefined' || document.hidden) {
      const timer = later();
      return () => clearTimeout(timer);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = later()));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted]);
  return painted;
}
