import type { Place, ViewBundle } from '../data/bundleSchema';
import type { ActorScope } from '../state/viewState';
import { corpusDomain } from './corpusDomain';
import { buildEventIndex, type EventIndex } from './eventIndex';
import { buildFacetIndex, type FacetIndex } from './facetIndex';

/**
 * Everything derived from a loaded bundle that the views share, built once per bundle: its
 * events in time order with their extents (the positions every set of events is counted in),
 * the corpus's time span, the places by id, the kinds and the facet postings. The timeline, the
 * filters, the list and the map all read it, so no view indexes the events again.
 */
export interface BundleIndex extends EventIndex {
  bundle: ViewBundle;
  /** The span the fully zoomed-out timeline shows. */
  domain: [number, number];
  places: Map<string, Place>;
  /** The kinds the events use, in first-seen order. */
  kinds: string[];
  /** The facet postings for an actor scope: "part" (who took part) or "named" (also who is named). */
  facets: (scope: ActorScope) => FacetIndex;
}

/**
 * Builds the index of a bundle: O(n) for a loaded bundle, whose events are already in time
 * order. The facet postings of a scope are built on first use: most sessions never ask for
 * the named actors, and their postings would double the index.
 */
export function buildBundleIndex(bundle: ViewBundle): BundleIndex {
  const events = buildEventIndex(bundle.events);
  const facets: Partial<Record<ActorScope, FacetIndex>> = {};
  return {
    ...events,
    bundle,
    domain: corpusDomain(events),
    places: new Map(bundle.places.map((p) => [p.id, p])),
    kinds: [...new Set(bundle.events.map((e) => e.kind))],
    facets: (scope) => (facets[scope] ??= buildFacetIndex(events, scope === 'named')),
  };
}
