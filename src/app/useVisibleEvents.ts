import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { EventRecord } from '../data/bundleSchema';
import type { Bitset } from '../derive/bitset';
import type { BundleIndex } from '../derive/bundleIndex';
import { selectView } from '../derive/selectView';
import type { FacetCounts } from '../state/viewState';
import type { SearchResult } from '../search/searchIndex';
import { useSearch } from '../search/useSearch';
import { useAppStore, useAppStoreApi } from '../state/StoreProvider';
import type { AppState } from '../state/store';
import { SETTLE_MS } from '../schedule/policies';
import { useSettledStoreValue } from '../schedule/useSettledStoreValue';
import { useValueAfterPaint } from '../schedule/useValueAfterPaint';

/** The derived view: what matches, what is in the window, the facet counts and the search hits. */
export interface VisibleEvents {
  /** Positions (in the index's time order) of the events matching search and facets, whatever the window: the timeline and overview; undefined when every event matches. */
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
 * The selection (selectView) for the view state, with its timing: the window is taken once a
 * zoom settles, the search comes from the search worker, and the counts and the map follow a
 * click a frame late, so the frame that answers it carries only the timeline and the list.
 * Nothing here is stored. Without `withCounts` the facet counts are left empty, for a first
 * frame that shows no panels.
 */
export function useVisibleEvents(index: BundleIndex, withCounts = true): VisibleEvents {
  const selection = useAppStore(useShallow((s) => ({ actors: s.actors, topics: s.topics, places: s.places, kinds: s.kinds })));
  const q = useAppStore((s) => s.q);
  const actorScope = useAppStore((s) => s.actorScope);
  const minSources = useAppStore((s) => s.minSources);
  // The timeline follows every zoom frame itself; the list, counts and map wait until the zoom
  // settles, so a frame costs only the timeline's own drawing.
  const window = useSettledStoreValue(useAppStoreApi(), selectWindow, SETTLE_MS);
  const { result: search, indexing, pending } = useSearch(index.bundle, q);
  const hits = search?.eventIds;
  const view = useMemo(
    () => selectView(index, { selection, window, minSources, actorScope }, hits),
    [index, selection, window, minSources, actorScope, hits],
  );
  // A new bundle (a new index) is never paired with a selection made for the old one.
  const lagged = useValueAfterPaint(view);
  const counted = lagged.index === index ? lagged : view;
  return {
    matching: view.matching,
    matchCount: view.matchCount,
    inView: view.inView,
    inViewAnyPlace: counted.mapEvents(),
    counts: withCounts ? counted.counts() : NO_COUNTS,
    search,
    indexing,
    searching: !!pending,
  };
}
