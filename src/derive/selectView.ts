import type { EventRecord } from '../data/bundleSchema';
import type { ActorScope, FacetCounts, FacetSelection } from '../state/viewState';
import { countBits, fullBitset, intersect, pickBits, type Bitset } from './bitset';
import type { BundleIndex } from './bundleIndex';
import { lazy } from './lazy';
import { countFacets, facetMasks, idBits, selectBits, sourceBits, windowBits } from './facetIndex';

/** The parts of the view state that choose events. */
export interface ViewQuery {
  selection: FacetSelection;
  /** The time window; undefined is the whole corpus. */
  window?: [number, number];
  /** At least this many sources (1: any event). */
  minSources: number;
  actorScope: ActorScope;
}

/** What the views show for one query: the matching events, those in view, and (on demand) the map's events and the facet counts. */
export interface SelectedView {
  index: BundleIndex;
  /** Positions of the events matching search and facets, whatever the window; undefined when every event matches. */
  matching?: Bitset;
  matchCount: number;
  /** The matching events inside the window: the list and the status. */
  inView: EventRecord[];
  /** The events in the window matching every facet but places: the map, so more places can be added there. Worked out on first call. */
  mapEvents: () => EventRecord[];
  /** Counts per facet value within the window and search. Worked out on first call. */
  counts: () => FacetCounts;
}

/**
 * Selects what the views show, from the bundle's index, the query and the search hits (the ids
 * of the events the search found; undefined when nothing is searched). Pure: the same inputs
 * give the same selection. The search and the number of sources narrow every view alike,
 * facets included; a facet's own selection never narrows its counts.
 */
export function selectView(index: BundleIndex, query: ViewQuery, hits?: ReadonlySet<string>): SelectedView {
  const facets = index.facets(query.actorScope);
  const n = index.events.length;
  const found = hits ? idBits(facets, hits) : fullBitset(n);
  const searched = query.minSources > 1 ? intersect(found, sourceBits(facets, query.minSources)) : found;
  const masks = facetMasks(facets, query.selection);
  const [from, to] = query.window ?? index.domain;
  // The events in the window and the search: what the list, the map and the counts start from.
  const scope = intersect(windowBits(facets, from, to), searched);
  // With nothing to filter by, every event matches. The timeline takes the set itself rather
  // than a list of up to 100,000 events it would only turn back into a set.
  const filtered = hits !== undefined || query.minSources > 1 || Object.keys(masks).length > 0;
  const matching = filtered ? selectBits(searched, masks) : undefined;
  // When the window holds every searched event (the whole period is in view), the events in
  // view are exactly those matching: one fewer array of up to 100,000 events per click.
  const wholePeriod = countBits(scope) === countBits(searched);
  const inView = !wholePeriod
    ? pickBits(index.events, selectBits(scope, masks))
    : matching
      ? pickBits(index.events, matching)
      : index.events;
  return {
    index,
    matching,
    matchCount: matching ? countBits(matching) : n,
    inView,
    // With no place selected, ignoring the place facet changes nothing.
    mapEvents: lazy(() => (!masks.places ? inView : pickBits(index.events, selectBits(scope, masks, 'places')))),
    counts: lazy(() => countFacets(facets, scope, masks)),
  };
}
