import { scaleSqrt } from 'd3-scale';
import type { EventRecord, Place } from '../data/bundleSchema';

/** One marker: a place and the events in view there. */
export interface PlaceMarker {
  placeId: string;
  name: string;
  lat: number;
  lon: number;
  count: number;
}

/** The smallest and largest marker radius, in screen pixels. */
export const MARKER_RADIUS: [number, number] = [5, 17];

/**
 * One marker per place that has events, sorted big-first so that small markers are drawn
 * last, on top, and stay clickable. Events without a known place are left out. `counts`
 * (events per place) can be handed in when already known, as the place facet's counts are,
 * to save a pass over every event in view on each facet click; a tooltip lists a place's
 * events only when it opens (see `eventsAt`).
 */
export function placeMarkers(
  events: EventRecord[],
  places: Place[],
  counts: ReadonlyMap<string, number> = placeCounts(events),
): PlaceMarker[] {
  const markers: PlaceMarker[] = [];
  for (const place of places) {
    const count = counts.get(place.id);
    if (count) markers.push({ placeId: place.id, name: place.name, lat: place.lat, lon: place.lon, count });
  }
  return markers.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** How many of the events are at each place; events without a place are not counted. */
export function placeCounts(events: EventRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) if (e.placeId) counts.set(e.placeId, (counts.get(e.placeId) ?? 0) + 1);
  return counts;
}

/** The events at one place, in the order they were given: what a marker's tooltip lists. */
export function eventsAt(events: EventRecord[], placeId: string): EventRecord[] {
  return events.filter((e) => e.placeId === placeId);
}

/**
 * The radius of a marker: a square-root scale, so that a marker's area grows with its count,
 * from MARKER_RADIUS[0] near zero to MARKER_RADIUS[1] at the largest count in view.
 */
export function markerRadius(count: number, maxCount: number): number {
  const scale = scaleSqrt()
    .domain([0, Math.max(1, maxCount)])
    .range(MARKER_RADIUS)
    .clamp(true);
  return scale(Math.max(0, count));
}

/** "1 event", "3 events". */
export function eventCountLabel(count: number): string {
  return `${count} event${count === 1 ? '' : 's'}`;
}
