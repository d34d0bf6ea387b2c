import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Bundle, EventRecord } from '../data/bundleSchema';
import { facetCounts, type FacetCounts } from '../filter/facetCounts';
import { filterEvents, inWindow, matchesFacets } from '../filter/filterEvents';
import type { SearchResult } from '../search/searchIndex';
import { useSearch } from '../search/useSearch';
import { useAppStore } from '../state/StoreProvider';
import { corpusDomain } from '../timeline/corpusDomain';
import { useSettledValue } from './useSettledValue';

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
}

/** Derives the visible events from the bundle and the view state; nothing here is stored. */
export function useVisibleEvents(bundle: Bundle): VisibleEvents {
  const selection = useAppStore(useShallow((s) => ({ actors: s.actors, topics: s.topics, places: s.places, kinds: s.kinds })));
  const q = useAppStore((s) => s.q);
  const liveWindow = useAppStore((s) => s.window);
  // Small collections recount on every frame; large ones wait for the zoom to settle.
  const settledWindow = useSettledValue(liveWindow, 120);
  const window = bundle.events.length > 2000 ? settledWindow : liveWindow;
  const domain = useMemo(() => corpusDomain(bundle.events), [bundle.events]);
  const { result: search, indexing } = useSearch(bundle, q);
  const searched = useMemo(() => (search ? bundle.events.filter((e) => search.eventIds.has(e.id)) : bundle.events), [bundle.events, search]);
  const matching = useMemo(() => filterEvents(searched, selection), [searched, selection]);
  const [from, to] = window ?? domain;
  const inWindowAndSearch = useMemo(() => searched.filter((e) => inWindow(e, from, to)), [searched, from, to]);
  const inView = useMemo(() => inWindowAndSearch.filter((e) => matchesFacets(e, selection)), [inWindowAndSearch, selection]);
  const inViewAnyPlace = useMemo(() => inWindowAndSearch.filter((e) => matchesFacets(e, selection, 'places')), [inWindowAndSearch, selection]);
  const counts = useMemo(() => facetCounts(inWindowAndSearch, selection), [inWindowAndSearch, selection]);
  return { matching, inView, inViewAnyPlace, counts, search, indexing };
}
