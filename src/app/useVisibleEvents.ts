import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ViewBundle, EventRecord } from '../data/bundleSchema';
import { facetCounts, type FacetCounts } from '../filter/facetCounts';
import { filterByFacets, filterEvents, filterInWindow } from '../filter/filterEvents';
import type { SearchResult } from '../search/searchIndex';
import { useSearch } from '../search/useSearch';
import { useAppStore } from '../state/StoreProvider';
import type { AppState } from '../state/store';
import { corpusDomain } from '../timeline/corpusDomain';
import { useSettledStoreValue } from './useSettledValue';

/** The derived view: what matches, what is in the window, the facet counts and the search hits. */
export interface VisibleEvents {
  /** Events matching search and facets, whatever the window: the timeline and overview. */
  matching: EventRecord[];
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

/** Derives the visible events from the bundle and the view state; nothing here is stored. */
export function useVisibleEvents(bundle: ViewBundle): VisibleEvents {
  const selection = useAppStore(useShallow((s) => ({ actors: s.actors, topics: s.topics, places: s.places, kinds: s.kinds })));
  const q = useAppStore((s) => s.q);
  // The timeline follows every zoom frame itself; the list, counts and map wait until the zoom
  // settles, so a frame costs only the timeline's own drawing.
  const window = useSettledStoreValue(selectWindow, 120);
  const domain = useMemo(() => corpusDomain(bundle.events), [bundle.events]);
  const { result: search, indexing, pending } = useSearch(bundle, q);
  const searched = useMemo(() => (search ? bundle.events.filter((e) => search.eventIds.has(e.id)) : bundle.events), [bundle.events, search]);
  const matching = useMemo(() => filterEvents(searched, selection), [searched, selection]);
  const [from, to] = window ?? domain;
  const inWindowAndSearch = useMemo(() => filterInWindow(searched, from, to), [searched, from, to]);
  // When the window holds every searched event (the whole period is in view), the events in
  // view are exactly those matching; and with no place selected, ignoring the place facet
  // changes nothing. Each pass saved is a pass over up to 100,000 events on a facet click.
  const wholePeriod = inWindowAndSearch.length === searched.length;
  const inView = useMemo(() => (wholePeriod ? matching : filterByFacets(inWindowAndSearch, selection)), [wholePeriod, matching, inWindowAndSearch, selection]);
  const inViewAnyPlace = useMemo(
    () => (selection.places.length === 0 ? inView : filterByFacets(inWindowAndSearch, selection, 'places')),
    [inView, inWindowAndSearch, selection],
  );
  const counts = useMemo(() => facetCounts(inWindowAndSearch, selection), [inWindowAndSearch, selection]);
  return { matching, inView, inViewAnyPlace, counts, search, indexing, searching: !!pending };
}
