import type { EventRecord } from '../data/bundleSchema';
import { FACET_KEYS, type FacetKey } from '../state/viewState';
import { facetValues, type FacetSelection } from './filterEvents';

/** For each facet, how many events each value would match in the current view. */
export type FacetCounts = Record<FacetKey, Map<string, number>>;

/**
 * Faceted-search counts: a value's count is the number of events that match every other
 * facet's selection (values within one facet are ORed, so a facet's own selection does not
 * narrow its counts) and carry that value. `events` are those already within the window and
 * the search. Each event is tested once per facet: one that fails two facets counts nowhere,
 * one that fails a single facet counts only in that facet.
 */
export function facetCounts(events: EventRecord[], selection: FacetSelection): FacetCounts {
  const counts = Object.fromEntries(FACET_KEYS.map((k) => [k, new Map<string, number>()])) as FacetCounts;
  const wanted = FACET_KEYS.map((k) => (selection[k].length ? new Set(selection[k]) : undefined));
  for (const event of events) {
    let failed = -1;
    let failures = 0;
    for (let f = 0; f < FACET_KEYS.length && failures < 2; f++) {
      const set = wanted[f];
      if (set && !facetValues(event, FACET_KEYS[f]!).some((v) => set.has(v))) {
        failed = f;
        failures++;
      }
    }
    if (failures >= 2) continue;
    for (let f = 0; f < FACET_KEYS.length; f++) {
      if (failures === 1 && f !== failed) continue;
      const map = counts[FACET_KEYS[f]!];
      for (const v of facetValues(event, FACET_KEYS[f]!)) map.set(v, (map.get(v) ?? 0) + 1);
    }
  }
  return counts;
}
