import type { EventRecord } from '../data/bundleSchema';
import { FACET_KEYS, type FacetKey } from '../state/viewState';
import { facetValues, matchesFacets, type FacetSelection } from './filterEvents';

/** For each facet, how many events each value would match in the current view. */
export type FacetCounts = Record<FacetKey, Map<string, number>>;

/**
 * Faceted-search counts: a value's count is the number of events that match every other
 * facet's selection (values within one facet are ORed, so a facet's own selection does not
 * narrow its counts) and carry that value. `events` are those already within the window and
 * the search.
 */
export function facetCounts(events: EventRecord[], selection: FacetSelection): FacetCounts {
  const counts = Object.fromEntries(FACET_KEYS.map((k) => [k, new Map<string, number>()])) as FacetCounts;
  for (const event of events) {
    for (const key of FACET_KEYS) {
      if (!matchesFacets(event, selection, key)) continue;
      const map = counts[key];
      for (const v of facetValues(event, key)) map.set(v, (map.get(v) ?? 0) + 1);
    }
  }
  return counts;
}
