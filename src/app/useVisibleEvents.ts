import { useMemo } from 'react';
import type { Bundle, EventRecord } from '../data/bundleSchema';
import { filterEvents } from '../filter/filterEvents';
import { useAppStore } from '../state/StoreProvider';
import { corpusDomain } from '../timeline/corpusDomain';
import { useShallow } from 'zustand/react/shallow';

/** Events matching the filters (for the timeline and overview) and those also inside the window (for the list and status). */
export interface VisibleEvents {
  matching: EventRecord[];
  inView: EventRecord[];
}

/** Derives the visible events from the bundle and the view state; nothing is stored. */
export function useVisibleEvents(bundle: Bundle): VisibleEvents {
  const selection = useAppStore(useShallow((s) => ({ actors: s.actors, topics: s.topics, places: s.places, kinds: s.kinds })));
  const window = useAppStore((s) => s.window);
  const matching = useMemo(() => filterEvents(bundle.events, selection), [bundle.events, selection]);
  const domain = useMemo(() => corpusDomain(bundle.events), [bundle.events]);
  const inView = useMemo(() => {
    const [from, to] = window ?? domain;
    return filterEvents(matching, { actors: [], topics: [], places: [], kinds: [] }, { from, to });
  }, [matching, window, domain]);
  return { matching, inView };
}
