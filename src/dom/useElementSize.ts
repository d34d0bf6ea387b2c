import { useLayoutEffect, useState, type RefObject } from 'react';

/** A size in whole pixels. */
export interface Size {
  width: number;
  height: number;
}

/**
 * The content size of an element, kept current with a ResizeObserver. With `axes` 'width' the
 * height stays the fallback's, so a change of height alone does not re-render the caller.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>, fallback: Size, axes: 'both' | 'width' = 'both'): Size {
  const [size, setSize] = useState(fallback);
  const { width: fw, height: fh } = fallback;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // jsdom and hidden elements measure 0; keep the fallback then. Whole pixels keep a resize
    // from recomputing the basemap for sub-pixel changes.
    const measure = () => {
      const box = el.getBoundingClientRect();
      const width = box.width > 0 ? Math.max(200, Math.floor(box.width)) : fw;
      const height = axes === 'both' && box.height > 0 ? Math.max(160, Math.floor(box.height)) : fh;
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, fw, fh, axes]);
  return size;
}

/** The content width of an element, for a caller laid out along one axis (the timeline). */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 800): number {
  return useElementSize(ref, { width: fallback, height: 0 }, 'width').width;
}
