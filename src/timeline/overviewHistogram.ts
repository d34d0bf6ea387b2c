import type { ScaleTime } from 'd3-scale';
import { hasBit, type Bitset } from '../derive/bitset';
import type { EventIndex } from '../derive/eventIndex';

/**
 * The overview's sketch of the whole period: events counted per few pixels and drawn as one
 * SVG path of bars, so a hundred thousand events cost one element. Only the events at the
 * index positions in `among` count, when given (those matching the filters).
 */
export function overviewHistogramPath(
  index: EventIndex,
  base: ScaleTime<number, number>,
  height: number,
  binPx = 2,
  among?: Bitset,
): string {
  const [r0, r1] = base.range() as [number, number];
  const bins = new Uint32Array(Math.max(1, Math.ceil((r1 - r0) / binPx)));
  // The base scale is linear in time, so the pixel of a start is plain arithmetic: no Date
  // object and no scale call per event, which showed in profiles of a facet click.
  const d0 = base.domain()[0]!.getTime();
  const pxPerMs = (r1 - r0) / (base.domain()[1]!.getTime() - d0);
  let max = 0;
  for (let i = 0; i < index.start.length; i++) {
    if (among && !hasBit(among, i)) continue;
    const b = Math.floor(((index.start[i]! - d0) * pxPerMs) / binPx);
    if (b < 0 || b >= bins.length) continue;
    const c = ++bins[b]!;
    if (c > max) max = c;
  }
  let d = '';
  for (let b = 0; b < bins.length; b++) {
    const c = bins[b]!;
    if (!c) continue;
    // A single event still shows as a visible tick.
    const h = Math.max(3, (Math.sqrt(c) / Math.sqrt(max)) * height);
    d += `M${r0 + b * binPx},${height}v${-h.toFixed(1)}h${binPx - 0.5}v${h.toFixed(1)}z`;
  }
  return d;
}
