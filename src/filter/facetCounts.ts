import type { EventRecord } from '../data/bundleSchema';
import { FACET_KEYS, type FacetCounts, type FacetKey, type FacetSelection } from '../state/viewState';
import { facetMatcher } from './filterEvents';

const NONE: FacetSelection = { actors: [], topics: [], places: [], kinds: [] };

/**
 * Faceted-search counts: a value's count is the number of events that match every other
 * facet's selection (values within one facet are ORed, so a facet's own selection does not
 * narrow its counts) and carry that value. `events` are those already within the window and
 * the search. Each event is tested once per facet: one that fails two facets counts nowhere,
 * one that fails a single facet counts only in that facet. The app counts with `countFacets`
 * (facetIndex.ts) on bitsets; this plain version is the definition its tests check it against.
 */
export function facetCounts(events: EventRecord[], selection: FacetSelection): FacetCounts {
  const counts = Object.fromEntries(FACET_KEYS.map((k) => [k, new Map<string, number>()])) as FacetCounts;
  // One test per facet, in FACET_KEYS order, compiled once: this runs over every event in view
  // whenever the window settles or a filter changes.
  const tests = FACET_KEYS.flatMap((k) => (selection[k].length ? [[k, facetMatcher({ ...NONE, [k]: selection[k] })] as const] : []));
  const add = (map: Map<string, number>, id: string) => map.set(id, (map.get(id) ?? 0) + 1);
  for (const event of events) {
    let failed: FacetKey | undefined;
    let failures = 0;
    for (let f = 0; f < tests.length && failures < 2; f++) {
      if (!tests[f]![1](event)) {
        failed = tests[f]![0];
        failures++;
      }
    }
    if (failures >= 2) continue;
    if (!failed || failed === 'actors') for (const id of event.actorIds) add(counts.actors, id);
    if (!failed || failed === 'topics') for (const id of event.topicIds) add(counts.topics, id);
    if ((!failed || failed === 'places') && event.placeId) add(counts.places, event.placeId);
    if (!failed || failed === 'kinds') add(counts.kinds, event.kind);
  }
  return counts;
}
