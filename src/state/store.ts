import { createStore } from 'zustand';
import { DEFAULT_VIEW_STATE, type ActorScope, type FacetKey, type LaneGrouping, type ViewState } from './viewState';
import type { UrlNotice } from './urlCodec';

/** How a change should reach the browser history: a new entry (Back undoes it) or in place. */
export type HistoryMode = 'push' | 'replace';

/** Filters and search, with their actions. */
export interface FiltersSlice {
  q: string;
  actors: string[];
  topics: string[];
  places: string[];
  kinds: string[];
  /** Whether the actors facet reaches events whose sources only name an actor. */
  actorScope: ActorScope;
  /** Only events with at least this many sources. */
  minSources: number;
  /** The filter ticked last, so "remove the last filter" knows which; not part of the URL. */
  lastFilter?: { key: FacetKey; id: string };
  setQuery: (q: string) => void;
  toggleFacet: (key: FacetKey, id: string) => void;
  setFacet: (key: FacetKey, ids: string[]) => void;
  setActorScope: (scope: ActorScope) => void;
  setMinSources: (n: number) => void;
  clearFilters: () => void;
}

/** The visible time window and lane grouping, with their actions. */
export interface ViewSlice {
  /** The visible window [from, to) in ms; undefined fits all events. The URL keeps whole days. */
  window?: [number, number];
  lanes: LaneGrouping;
  /** Sets the window; continuous zoom passes 'replace' so it does not flood the history. */
  setWindow: (window: [number, number] | undefined, mode?: HistoryMode) => void;
  setLanes: (lanes: LaneGrouping) => void;
}

/** The selected and hovered things, with their actions. */
export interface SelectionSlice {
  event?: string;
  hoveredEvent?: string;
  hoveredPlace?: string;
  selectEvent: (id: string | undefined) => void;
  hoverEvent: (id: string | undefined) => void;
  hoverPlace: (id: string | undefined) => void;
}

/** Notices about a link that could not be applied in full. */
export interface NoticeSlice {
  notices: UrlNotice[];
  setNotices: (n: UrlNotice[]) => void;
  dismissNotices: () => void;
}

/** Bookkeeping for the URL sync: how the last change wants to be written. */
export interface HistorySlice {
  historyMode: HistoryMode;
  /** Replaces the whole view, as when a link is opened or Back is pressed. */
  restore: (state: ViewState) => void;
}

/** The whole app store. */
export type AppState = FiltersSlice & ViewSlice & SelectionSlice & NoticeSlice & HistorySlice;

/** Creates a store; the app has one, tests make a fresh one each. */
export function createAppStore(initial: Partial<ViewState> = {}) {
  const { from, to, ...rest } = { ...DEFAULT_VIEW_STATE, ...initial };
  return createStore<AppState>()((set) => ({
    ...rest,
    window: windowFromDays(from, to),
    historyMode: 'replace',
    setQuery: (q) => set({ q, historyMode: 'push' }),
    toggleFacet: (key, id) =>
      set((s) => {
        const on = !s[key].includes(id);
        return {
          [key]: on ? [...s[key], id] : s[key].filter((x) => x !== id),
          lastFilter: on ? { key, id } : undefined,
          historyMode: 'push' as const,
        };
      }),
    setFacet: (key, ids) => set({ [key]: ids, historyMode: 'push' }),
    setActorScope: (actorScope) => set({ actorScope, historyMode: 'push' }),
    setMinSources: (minSources) => set({ minSources, historyMode: 'push' }),
    clearFilters: () => set({ q: '', actors: [], topics: [], places: [], kinds: [], minSources: 1, historyMode: 'push' }),
    setWindow: (window, mode = 'replace') => set({ window, historyMode: mode }),
    setLanes: (lanes) => set({ lanes, historyMode: 'push' }),
    selectEvent: (event) => set({ event, historyMode: 'push' }),
    hoveredEvent: undefined,
    hoveredPlace: undefined,
    hoverEvent: (hoveredEvent) => set({ hoveredEvent }),
    hoverPlace: (hoveredPlace) => set({ hoveredPlace }),
    notices: [],
    setNotices: (notices) => set({ notices }),
    dismissNotices: () => set({ notices: [] }),
    restore: ({ from, to, ...state }) =>
      set({ ...DEFAULT_VIEW_STATE, event: undefined, ...state, window: windowFromDays(from, to), historyMode: 'replace' }),
  }));
}

const DAY = 864e5;

/** The ms window [from, to) that shows the whole days from..to inclusive. */
export function windowFromDays(from?: string, to?: string): [number, number] | undefined {
  if (!from || !to) return undefined;
  return [Date.parse(`${from}T00:00:00Z`), Date.parse(`${to}T00:00:00Z`) + DAY];
}

/** The whole days a ms window touches, as ISO dates for the URL. */
export function daysFromWindow([a, b]: [number, number]): [string, string] {
  const from = Math.floor(a / DAY) * DAY;
  const to = Math.max(from, Math.ceil(b / DAY) * DAY - DAY);
  return [new Date(from).toISOString().slice(0, 10), new Date(to).toISOString().slice(0, 10)];
}

/** The store type. */
export type AppStore = ReturnType<typeof createAppStore>;

/** Reads the view state (what goes into the URL) out of the store. */
export function selectViewState(s: AppState): ViewState {
  const v: ViewState = {
    q: s.q,
    actors: s.actors,
    actorScope: s.actorScope,
    minSources: s.minSources,
    topics: s.topics,
    places: s.places,
    kinds: s.kinds,
    lanes: s.lanes,
  };
  if (s.window) {
    const [from, to] = daysFromWindow(s.window);
    v.from = from;
    v.to = to;
  }
  if (s.event) v.event = s.event;
  return v;
}
