import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ViewBundle, EventRecord } from '../data/bundleSchema';
import { countBits, fullBitset, intersect, pickBits, type Bitset } from '../derive/bitset';
import type { FacetCounts } from '../filter/facetCounts';
import { countFacets, facetIndexOf, facetMasks, idBits, selectBits, sourceBits, windowBits } from '../filter/facetIndex';
import type { SearchResult } from '../search/searchIndex';
import { useSearch } from '../search/useSearch';
import { useAppStore, useAppStoreApi } from '../state/StoreProvider';
import type { AppState } from '../state/store';
import { corpusDomain } from '../timeline/corpusDomain';
import { SETTLE_MS } from '../schedule/policies';
import { useSettledStoreValue } from '../schedule/useSettledStoreValue';
import { useValueAfterPaint } from '../schedule/useValueAfterPaint';

/** The derived view: what matches, what is in the window, the facet counts and the search hits. */
export interface VisibleEvents {
  /** Positions (in the bundle's order) of the events matching search and facets, whatever the window: the timeline and overview; undefined when every event matches. */
  matching?: Bitset;
  /** How many events match search and facets, whatever the window. */
  matchCount: number;
  /** Those also inside the window: the list and the status. */
  inView: EventRecord[];
  /** In the window and matching every facet but places: the map, so more places can be added there. */
  inViewAnyPlace: EventRecord[];
  /** Counts per facet value within the window and search. */
  counts: FacetCounts;
  /** The search result, when there is a search. */
  search?: SearchResult;
  /** True while a large collection is still being indexed for search. */
  indexing: boolean;
  /** True while the current search has not been answered yet. */
  searching: boolean;
}

const selectWindow = (s: AppState) => s.window;

/** No counts yet: what the facet panels get before they are drawn. */
const NO_COUNTS: FacetCounts = { actors: new Map(), topics: new Map(), places: new Map(), kinds: new Map() };

/**
 * Derives the visible events from the bundle and the view state; nothing here is stored.
 * Without `withCounts` the facet counts are left empty, for a first frame that shows no panels.
 */
export function useVisibleEvents(bundle: ViewBundle, withCounts = true): VisibleEvents {
  const selection = useAppStore(useShallow((s) => ({ actors: s.actors, topics: s.topics, places: s.places, kinds: s.kinds })));
  const q = useAppStore((s) => s.q);
  const actorScope = useAppStore((s) => s.actorScope);
  const minSources = useAppStore((s) => s.minSources);
  // The timeline follows every zoom frame itself; the list, counts and map wait until the zoom
  // settles, so a frame costs only the timeline's own drawing.
  const window = useSettledStoreValue(useAppStoreApi(), selectWindow, SETTLE_MS);
  const domain = useMemo(() => corpusDomain(bundle.events), [bundle.events]);
  const { result: search, indexing, pending } = useSearch(bundle, q);
  const index = useMemo(() => facetIndexOf(bundle.events, actorScope), [bundle.events, actorScope]);
  const everything = useMemo(() => fullBitset(index.events.length), [index]);
  // The search and the number of sources narrow every view alike, facets included.
  const searched = useMemo(() => {
    const hits = search ? idBits(index, search.eventIds) : everything;
    return minSources > 1 ? intersect(hits, sourceBits(index, minSources)) : hits;
  }, [index, search, everything, minSources]);
  const masks = useMemo(() => facetMasks(index, selection), [index, selection]);
  const [from, to] = window ?? domain;
  // The events in the window and the search: what the list, the map and the counts start from.
  const scope = useMemo(() => intersect(windowBits(index, from, to), searched), [index, from, to, searched]);
  // With nothing to filter by, every event matches. The timeline takes the set itself rather
  // than a list of up to 100,000 events it would only turn back into a set.
  const filtered = search !== undefined || minSources > 1 || Object.keys(masks).length > 0;
  const matching = useMemo(() => (filtered ? selectBits(searched, masks) : undefined), [filtered, searched, masks]);
  const matchCount = useMemo(() => (matching ? countBits(matching) : index.events.length), [matching, index]);
  // When the window holds every searched event (the whole period is in view), the events in
  // view are exactly those matching; and with no place selected, ignoring the place facet
  // changes nothing. Each list saved is one fewer array of up to 100,000 events per click.
  const wholePeriod = useMemo(() => countBits(scope) === countBits(searched), [scope, searched]);
  const inView = useMemo(
    () => (!wholePeriod ? pickBits(index.events, selectBits(scope, masks)) : matching ? pickBits(index.events, matching) : index.events),
    [wholePeriod, matching, index, scope, masks],
  );
  // The counts and the map follow a click a frame late, so the frame that answers it carries
  // only the timeline and the list. A new bundle (a new index) is never paired with stale sets.
  const fresh = useMemo(() => ({ index, scope, masks, inView }), [index, scope, masks, inView]);
  const lagged = useValueAfterPaint(fresh);
  const counted = lagged.index === index ? lagged : fresh;
  const inViewAnyPlace = useMemo(
    () => (!counted.masks.places ? counted.inView : pickBits(index.events, selectBits(counted.scope, counted.masks, 'places'))),
    [counted, index],
  );
  const counts = useMemo(() => (withCounts ? countFacets(index, counted.scope, counted.masks) : NO_COUNTS), [withCounts, index, counted]);
  return { matching, matchCount, inView, inViewAnyPlace, counts, search, indexing, searching: !!pending };
}
