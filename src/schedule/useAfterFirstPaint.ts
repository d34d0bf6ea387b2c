import { useEffect, useState } from 'react';
import { afterPaint } from './afterPaint';

/**
 * False until the component's first render has been painted, then true; always true when
 * `defer` is false. With a large bundle, the views that can wait (the list, the map, the
 * facet counts) render one frame after the timeline, so the first thing a reader sees comes
 * sooner instead of everything at once.
 */
export function useAfterFirstPaint(defer: boolean): boolean {
  const [painted, setPainted] = useState(!defer);
  useEffect(() => (painted ? undefined : afterPaint(() => setPainted(true))), [painted]);
  return painted;
}
