import type { EventRecord } from '../data/bundleSchema';
import type { FacetKey } from '../state/viewState';
import { extentOf } from '../timeline/eventExtent';

/** The ids a view filters on, one list per facet; an empty list does not filter. */
export type FacetSelection = Record<FacetKey, string[]>;

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

/** True when the event matches every facet that has a selection (OR within a facet, AND across). */
export function matchesFacets(event: EventRecord, selection: FacetSelection, except?: FacetKey): boolean {
  for (const key of Object.keys(selection) as FacetKey[]) {
    if (key === except) continue;
    const wanted = selection[key];
    if (wanted.length === 0) continue;
    const have = facetValues(event, key);
    if (!wanted.some((id) => have.includes(id))) return false;
  }
  return true;
}

/** True when the event's extent overlaps the window [from, to] (ms); no window matches all. */
export function inWindow(event: EventRecord, from?: number, to?: number): boolean {
  if (from === undefined || to === undefined) return true;
  const [a, b] = extentOf(event);
  return a < to && b > from;
}

/** Events matching the facets, the search hits (when there is a search) and the window, in date order. */
export function filterEvents(
  events: EventRecord[],
  selection: FacetSelection,
  options: { matchingIds?: Set<string>; from?: number; to?: number } = {},
): EventRecord[] {
  return events.filter(
    (e) => (!options.matchingIds || options.matchingIds.has(e.id)) && matchesFacets(e, selection) && inWindow(e, options.from, options.to),
  );
}
