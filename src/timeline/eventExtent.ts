import { utcDay, utcMonth, utcYear } from 'd3-time';
import type { EventDate, EventRecord } from '../data/bundleSchema';
import { parseIsoDate } from '../format/formatEventDate';

/** The time an event covers on the axis, in ms since the epoch: [start, end). */
export type Extent = [number, number];

/**
 * The span a date covers at its precision: a day covers that day, a range its days, a month
 * or year date the whole month or year (drawn as a faded band, since the day is unknown).
 */
export function eventExtent(date: Pick<EventDate, 'start' | 'end' | 'precision'>): Extent {
  const start = parseIsoDate(date.start);
  const last = date.end ? parseIsoDate(date.end) : start;
  const interval = date.precision === 'year' ? utcYear : date.precision === 'month' ? utcMonth : utcDay;
  return [interval.floor(start).getTime(), interval.offset(interval.floor(last), 1).getTime()];
}

/** How an event is drawn: a point for one day, a bar for a range, a band for an imprecise date. */
export type MarkShape = 'point' | 'bar' | 'band';

/** The mark shape the date's precision and span call for. */
export function markShape(date: Pick<EventDate, 'start' | 'end' | 'precision'>): MarkShape {
  if (date.precision !== 'day') return date.end && date.end.slice(0, 4) !== date.start.slice(0, 4) ? 'bar' : 'band';
  return date.end && date.end !== date.start ? 'bar' : 'point';
}

/** The earliest start and latest end of all extents, or undefined for none. */
export function unionExtent(extents: Extent[]): Extent | undefined {
  if (extents.length === 0) return undefined;
  let lo = Infinity;
  let hi = -Infinity;
  for (const [a, b] of extents) {
    if (a < lo) lo = a;
    if (b > hi) hi = b;
  }
  return [lo, hi];
}

// Parsing two dates per event on every filter or layout adds up at 100,000 events; records
// are immutable once loaded, so each one's extent is computed once.
const extents = new WeakMap<EventRecord, Extent>();

/** The extent of an event record, computed once per record. */
export function extentOf(event: EventRecord): Extent {
  let extent = extents.get(event);
  if (!extent) {
    extent = eventExtent(event.date);
    extents.set(event, extent);
  }
  return extent;
}
