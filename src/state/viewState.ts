/** How the timeline groups events into lanes. */
export type LaneGrouping = 'place' | 'kind';

/**
 * Which events an actor filter and its counts reach: those the actor took part in, or also
 * those whose sources only name the actor (a group discussed, a body whose resolutions are cited).
 */
export type ActorScope = 'part' | 'named';

/** Everything a shared link restores: filters, search, time window and the selected event. */
export interface ViewState {
  q: string;
  actors: string[];
  topics: string[];
  places: string[];
  kinds: string[];
  /** What the actors facet counts: taking part (the default) or also being named. */
  actorScope: ActorScope;
  /** Only events reported or mentioned by at least this many sources; 1 shows all. */
  minSources: number;
  /** First visible day, ISO; absent means "fit all". */
  from?: string;
  /** Last visible day, ISO. */
  to?: string;
  /** The selected event's id. */
  event?: string;
  /** Lane grouping of the timeline. */
  lanes: LaneGrouping;
}

/** The view a page opens with when its link says nothing. */
export const DEFAULT_VIEW_STATE: ViewState = {
  q: '',
  actors: [],
  topics: [],
  places: [],
  kinds: [],
  actorScope: 'part',
  minSources: 1,
  lanes: 'place',
};

/** The facets that filter events by id; each is a URL parameter of comma-separated ids. */
export const FACET_KEYS = ['actors', 'topics', 'places', 'kinds'] as const;
/** One of the facet keys. */
export type FacetKey = (typeof FACET_KEYS)[number];
/** The ids ticked in each facet. */
export type FacetSelection = Record<FacetKey, string[]>;
/** For each facet, how many events each value would match in the current view. */
export type FacetCounts = Record<FacetKey, Map<string, number>>;
