import type { EventRecord } from '../data/bundleSchema';
import { FACET_KEYS, type FacetKey } from '../state/viewState';
import type { EventIndex } from './eventIndex';
import { emptyBitset, intersect, setBit, type Bitset } from './bitset';
import type { FacetCounts, FacetSelection } from '../state/viewState';

/**
 * A list of events indexed once for filtering: for each facet value, the positions (ascending)
 * of the events that carry it, and each event's extent. A facet click then reads the postings
 * of the ticked values and works on bitsets, instead of testing strings on every event.
 */
export interface FacetIndex {
  /** The indexed events; a position is an index into this array. */
  events: EventRecord[];
  /** Per facet, per value id, the ascending positions of the events carrying it, each once. */
  postings: Record<FacetKey, Map<string, Uint32Array>>;
  /** Start of each event's extent (ms), by position. */
  start: Float64Array;
  /** End of each event's extent (ms), by position. */
  end: Float64Array;
  /** Per facet, each event's value codes: a walk over a set of events reads these in order. */
  values: Record<FacetKey, FacetValues>;
}

/**
 * One facet's values event by event: the codes of event p are codes[offsets[p]] up to
 * codes[offsets[p + 1]], each an index into ids, each at most once per event.
 */
export interface FacetValues {
  ids: string[];
  offsets: Uint32Array;
  codes: Uint32Array;
}

/** Per-event value codes of one facet, read off its postings (each position once per value). */
function valuesOf(postings: Map<string, Uint32Array>, n: number): FacetValues {
  const ids = [...postings.keys()];
  const offsets = new Uint32Array(n + 1);
  for (const positions of postings.values()) for (let i = 0; i < positions.length; i++) offsets[positions[i]! + 1]!++;
  for (let p = 0; p < n; p++) offsets[p + 1]! += offsets[p]!;
  const codes = new Uint32Array(offsets[n]!);
  const filled = offsets.slice(0, n);
  ids.forEach((id, code) => {
    const positions = postings.get(id)!;
    for (let i = 0; i < positions.length; i++) codes[filled[positions[i]!]!++] = code;
  });
  return { ids, offsets, codes };
}

/** For each facet with a selection, the set of events carrying any of its selected values. */
export type FacetMasks = Partial<Record<FacetKey, Bitset>>;

/**
 * Builds the facet postings of indexed events, sharing their order and extents: one pass over
 * them, O(total facet values). With `named`, an actor's events are also those whose sources
 * only name it.
 */
export function buildFacetIndex(index: EventIndex, named = false): FacetIndex {
  const { events, start, end } = index;
  const lists = Object.fromEntries(FACET_KEYS.map((k) => [k, new Map<string, number[]>()])) as Record<FacetKey, Map<string, number[]>>;
  // Adds position p to the list of one value; an id listed twice on one event is still one
  // event, since counts must equal what ticking the value shows.
  const add = (values: Map<string, number[]>, id: string, p: number) => {
    const list = values.get(id);
    if (!list) values.set(id, [p]);
    else if (list[list.length - 1] !== p) list.push(p);
  };
  // The facets are read directly rather than through facetValues, which would allocate two
  // small arrays per event: this runs over every event before the first draw.
  for (let p = 0; p < events.length; p++) {
    const event = events[p]!;
    for (const id of event.actorIds) add(lists.actors, id, p);
    if (named && event.mentionedIds) for (const id of event.mentionedIds) add(lists.actors, id, p);
    for (const id of event.topicIds) add(lists.topics, id, p);
    if (event.placeId) add(lists.places, event.placeId, p);
    add(lists.kinds, event.kind, p);
  }
  const postings = Object.fromEntries(
    FACET_KEYS.map((k) => [k, new Map([...lists[k]].map(([id, list]) => [id, Uint32Array.from(list)]))]),
  ) as FacetIndex['postings'];
  const values = Object.fromEntries(FACET_KEYS.map((k) => [k, valuesOf(postings[k], events.length)])) as FacetIndex['values'];
  return { events, postings, start, end, values };
}

/** The events with at least `n` sources, as a set of positions. */
export function sourceBits(index: FacetIndex, n: number): Bitset {
  const bits = emptyBitset(index.events.length);
  for (let p = 0; p < index.events.length; p++) if (index.events[p]!.sources.length >= n) setBit(bits, p);
  return bits;
}

/** The events whose id is in `ids` (the search hits), as a set of positions. */
export function idBits(index: FacetIndex, ids: ReadonlySet<string>): Bitset {
  const bits = emptyBitset(index.events.length);
  for (let p = 0; p < index.events.length; p++) if (ids.has(index.events[p]!.id)) setBit(bits, p);
  return bits;
}

/** The events whose extent overlaps [from, to), as a set of positions. */
export function windowBits(index: FacetIndex, from: number, to: number): Bitset {
  const { start, end } = index;
  const bits = emptyBitset(start.length);
  // Bits are set inline: this runs once per click, before the engine has optimised a helper call.
  for (let p = 0; p < start.length; p++) if (start[p]! < to && end[p]! > from) bits[p >>> 5]! |= 1 << (p & 31);
  return bits;
}

/** The set of events carrying any of the ids (OR within a facet); unknown ids add nothing. */
export function valueBits(index: FacetIndex, key: FacetKey, ids: readonly string[]): Bitset {
  const bits = emptyBitset(index.events.length);
  for (const id of ids) {
    const positions = index.postings[key].get(id);
    if (!positions) continue;
    for (let i = 0; i < positions.length; i++) {
      const p = positions[i]!;
      bits[p >>> 5]! |= 1 << (p & 31);
    }
  }
  return bits;
}

/** One set per facet that has a selection; facets with none are left out, since they do not filter. */
export function facetMasks(index: FacetIndex, selection: FacetSelection): FacetMasks {
  const masks: FacetMasks = {};
  for (const key of FACET_KEYS) if (selection[key].length) masks[key] = valueBits(index, key, selection[key]);
  return masks;
}

/** The events of `scope` that match every facet mask but `except` (AND across facets), as a new set. */
export function selectBits(scope: Bitset, masks: FacetMasks, except?: FacetKey): Bitset {
  const others = FACET_KEYS.flatMap((k) => (k !== except && masks[k] ? [masks[k]] : []));
  return intersect(scope, ...others);
}

/**
 * Faceted-search counts over the events of `scope` (those in the window and the search): a
 * value's count is how many of them match every other facet's mask and carry the value, so a
 * facet's own selection never narrows its counts. Values with no events are left out, as in
 * `facetCounts`, which this equals.
 */
export function countFacets(index: FacetIndex, scope: Bitset, masks: FacetMasks): FacetCounts {
  // Facets without a selection all count against the same set: every mask applied.
  const all = selectBits(scope, masks);
  const counts = {} as FacetCounts;
  for (const key of FACET_KEYS) {
    const others = masks[key] ? selectBits(scope, masks, key) : all;
    const { ids, offsets, codes } = index.values[key];
    // Walks the set's events (lowest bit first) and tallies their value codes: a sequential
    // read of what those events carry, rather than a bit test for every posting of every value.
    const tally = new Uint32Array(ids.length);
    for (let w = 0; w < others.length; w++) {
      let word = others[w]!;
      while (word) {
        const low = word & -word;
        const p = (w << 5) + 31 - Math.clz32(low);
        word ^= low;
        for (let k = offsets[p]!, end = offsets[p + 1]!; k < end; k++) tally[codes[k]!]!++;
      }
    }
    const map = new Map<string, number>();
    for (let code = 0; code < ids.length; code++) if (tally[code]) map.set(ids[code]!, tally[code]!);
    counts[key] = map;
  }
  return counts;
}
