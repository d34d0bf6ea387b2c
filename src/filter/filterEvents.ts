import type { EventRecord } from '../data/bundleSchema';
import type { FacetKey, FacetSelection } from '../state/viewState';
import { extentOf } from '../derive/eventExtent';

/** The ids a view filters on, one list per facet; an empty list does not filter. */

/** The ids an event has for one facet. */
export function facetValues(event: EventRecord, key: FacetKey): string[] {
  switch (key) {
    case 'actors':
      return event.actorIds;
    case 'topics':
      return event.topicIds;
    case 'places':
      return event.placeId ? [event.placeId] : [];
    case 'kinds':
      return [event.kind];
  }
}

/** A test of one event against a selection, compiled once per selection rather than per event. */
export type FacetMatcher = (event: EventRecord) => boolean;

/**
 * Compiles a selection into a predicate: each facet's wanted ids in a Set, empty facets left
 * out, so testing 100,000 events does no per-event allocation and no list scans.
 */
export function facetMatcher(selection: FacetSelection, except?: FacetKey): FacetMatcher {
  const set = (key: FacetKey) => (key !== except && selection[key].length ? new Set(selection[key]) : undefined);
  const actors = set('actors');
  const topics = set('topics');
  const places = set('places');
  const kinds = set('kinds');
  const anyOf = (ids: string[], wanted: Set<string>) => {
    for (let i = 0; i < ids.length; i++) if (wanted.has(ids[i]!)) return true;
    return false;
  };
  return (e) =>
    (!kinds || kinds.has(e.kind)) &&
    (!places || (e.placeId !== undefined && places.has(e.placeId))) &&
    (!topics || anyOf(e.topicIds, topics)) &&
    (!actors || anyOf(e.actorIds, actors));
}

/** True when the event matches every facet that has a selection (OR within a facet, AND across). */
export function matchesFacets(event: EventRecord, selection: FacetSelection, except?: FacetKey): boolean {
  return facetMatcher(selection, except)(event);
}

/** The events matching every facet but `except`, in their order; one compiled test for all of them. */
export function filterByFacets(events: EventRecord[], selection: FacetSelection, except?: FacetKey): EventRecord[] {
  const matches = facetMatcher(selection, except);
  return events.filter(matches);
}

/** True when the event's extent overlaps the window [from, to] (ms); no window matches all. */
export function inWindow(event: EventRecord, from?: number, to?: number): boolean {
  if (from === undefined || to === undefined) return true;
  const [a, b] = extentOf(event);
  return a < to && b > from;
}

/** The events whose extent overlaps [from, to), in their order: the plain definition the window bitset (facetIndex.ts) is tested against. */
export function filterInWindow(events: EventRecord[], from: number, to: number): EventRecord[] {
  return events.filter((e) => inWindow(e, from, to));
}

/**
 * Events matching the facets, the search hits (when there is a search) and the window, in date
 * order: the plain definition that the bitset selections of facetIndex.ts are tested against.
 */
export function filterEvents(
  events: EventRecord[],
  selection: FacetSelection,
  options: { matchingIds?: Set<string>; from?: number; to?: number } = {},
): EventRecord[] {
  const matches = facetMatcher(selection);
  return events.filter(
    (e) => (!options.matchingIds || options.matchingIds.has(e.id)) && matches(e) && inWindow(e, options.from, options.to),
  );
}
