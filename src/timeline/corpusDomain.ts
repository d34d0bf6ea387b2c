import type { EventRecord } from '../data/bundleSchema';
import { eventTimes } from '../derive/eventTimes';
import { isUndated } from './undatedEvents';

const YEAR = 365.25 * 864e5;

/**
 * The time span the fully zoomed-out timeline shows: every event, with a margin on each side
 * so marks at the edges are not cut in half. Undated events, which have no time, do not stretch
 * it. An empty corpus shows the last decade.
 */
export function corpusDomain(events: EventRecord[], now = Date.UTC(2026, 0, 1)): [number, number] {
  const extent = eventTimes(events.some(isUndated) ? events.filter((e) => !isUndated(e)) : events).union;
  if (!extent) return [now - 10 * YEAR, now];
  const span = Math.max(extent[1] - extent[0], 60 * 864e5);
  const pad = span * 0.04;
  return [extent[0] - pad, extent[1] + pad * 2];
}
