import { scaleSqrt } from 'd3-scale';
import type { EventRecord, Place } from '../data/bundleSchema';

/** One marker: a place and the events in view there. */
export interface PlaceMarker {
  placeId: string;
  name: string;
  lat: number;
  lon: number;
  count: number;
  /** In the order the events were given. */
  eventIds: string[];
}

/** The smallest and largest marker radius, in screen pixels. */
export const MARKER_RADIUS: [number, number] = [5, 17];

/**
 * One marker per place that has events, sorted big-first so that small markers are drawn
 * last, on top, and stay clickable. Events without a known place are left out.
 */
export function placeMarkers(events: EventRecord[], places: Place[]): PlaceMarker[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  const markers = new Map<string, PlaceMarker>();
  for (const e of events) {
    const place = e.placeId ? byId.get(e.placeId) : undefined;
    if (!place) continue;
    let m = markers.get(place.id);
    if (!m) {
      m = { placeId: place.id, name: place.name, lat: place.lat, lon: place.lon, count: 0, eventIds: [] };
      markers.set(place.id, m);
    }
    m.count++;
    m.eventIds.push(e.id);
  }
  return [...markers.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/**
 * The radius of a marker: a square-root scale, so that a marker's area grows with its count,
 * from MARKER_RADIUS[0] near zero to MARKER_RADIUS[1] at the largest count in view.
 */
export function markerRadius(count: number, maxCount: number): number {
  const scale = scaleSqrt().domain([0, Math.max(1, maxCount)]).range(MARKER_RADIUS).clamp(true);
  return scale(Math.max(0, count));
}

/** "1 event", "3 events". */
export function eventCountLabel(count: number): string {
  return `${count} event${count === 1 ? '' : 's'}`;
}
