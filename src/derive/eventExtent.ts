import { utcDay, utcMonth, utcYear } from 'd3-time';
import type { EventDate, EventRecord } from '../data/bundleSchema';
import { parseIsoDate } from '../format/formatEventDate';

/** The time an event covers on the axis, in ms since the epoch: [start, end). */
export type Extent = [number, number];

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number the decimal digits of s[from, to) spell, or NaN if any is not a digit. */
function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return NaN;
    n = n * 10 + c;
  }
  return n;
}

/** Year, month (1–12) and day of an ISO date, or undefined unless it is a real calendar day from year 100 on. */
function calendarDay(iso: string): [number, number, number] | undefined {
  // Read digit by digit rather than through three substrings and number conversions: this
  // runs twice per event before the first draw.
  const y = digitsAt(iso, 0, 4);
  const m = digitsAt(iso, 5, 7);
  const d = digitsAt(iso, 8, 10);
  if (!(y >= 100 && m >= 1 && m <= 12 && d >= 1 && d <= DAYS_IN_MONTH[m - 1]!)) return undefined;
  // 29 February only in leap years.
  if (m === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return undefined;
  return [y, m, d];
}

/**
 * The span a date covers at its precision: a day covers that day, a range its days, a month
 * or year date the whole month or year (drawn as a faded band, since the day is unknown).
 */
export function eventExtent(date: Pick<EventDate, 'start' | 'end' | 'precision'>): Extent {
  // Date.UTC arithmetic, without a Date object or a d3 interval per event: at 100,000 events
  // the d3 version took about half a second of the first draw. Dates it cannot read exactly
  // (before year 100, not a real day) go the d3 way, which is the reference.
  const a = calendarDay(date.start);
  const b = date.end ? calendarDay(date.end) : a;
  if (a && b) {
    if (date.precision === 'year') return [Date.UTC(a[0], 0, 1), Date.UTC(b[0] + 1, 0, 1)];
    if (date.precision === 'month') return [Date.UTC(a[0], a[1] - 1, 1), Date.UTC(b[0], b[1], 1)];
    return [Date.UTC(a[0], a[1] - 1, a[2]), Date.UTC(b[0], b[1] - 1, b[2] + 1)];
  }
  return eventExtentByInterval(date);
}

/** The same span found with d3's calendar intervals: the reference, and the way for unusual dates. */
export function eventExtentByInterval(date: Pick<EventDate, 'start' | 'end' | 'precision'>): Extent {
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
