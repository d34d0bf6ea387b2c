import type { EventIndex } from './eventIndex';
import { isUndated } from './undatedEvents';

const YEAR = 365.25 * 864e5;

/**
 * The time span the fully zoomed-out timeline shows: every event, with a margin on each side
 * so marks at the edges are not cut in half. Undated events, which have no time, do not stretch
 * it. An empty corpus shows the last decade.
 */
export function corpusDomain(index: Pick<EventIndex, 'events' | 'start' | 'end'>, now = Date.UTC(2026, 0, 1)): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < index.events.length; i++) {
    if (isUndated(index.events[i]!)) continue;
    if (index.start[i]! < lo) lo = index.start[i]!;
    if (index.end[i]! > hi) hi = index.end[i]!;
  }
  if (lo > hi) return [now - 10 * YEAR, now];
  const span = Math.max(hi - lo, 60 * 864e5);
  const pad = span * 0.04;
  return [lo - pad, hi + pad * 2];
}
