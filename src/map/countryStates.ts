import type { ViewBundle, EventRecord } from '../data/bundleSchema';
import { slugify } from '../ingest/text';

/** Spelling (as a slug) → state id, for matching Natural Earth names to the bundle's states. */
export type StateIndex = Map<string, string>;

/**
 * Every way the bundle spells a state, slugged: the state entities' ids, names and aliases
 * ("United States of America" → united-states) and the countries the places name.
 */
export function stateIndex(bundle: Pick<ViewBundle, 'entities' | 'places'>): StateIndex {
  const index: StateIndex = new Map();
  for (const p of bundle.places) index.set(p.country, p.country);
  for (const e of bundle.entities) {
    if (e.type !== 'state') continue;
    for (const spelling of [e.id, e.name, ...e.aliases]) index.set(slugify(spelling), e.id);
  }
  return index;
}

/** The state id a Natural Earth country name stands for, if the bundle knows the state. */
export function stateOfCountry(name: string, index: StateIndex): string | undefined {
  return index.get(slugify(name));
}

/** The states among the events' actors. */
export function actorStates(events: EventRecord[], index: StateIndex): Set<string> {
  const states = new Set(index.values());
  const out = new Set<string>();
  for (const e of events) for (const id of e.actorIds) if (states.has(id)) out.add(id);
  return out;
}

/** For each state with a country on the map, the ids of its countries. */
export function countriesByState(countries: { id: string; name: string }[], index: StateIndex): Map<string, string[]> {
  const byState = new Map<string, string[]>();
  for (const c of countries) {
    const state = stateOfCountry(c.name, index);
    if (state) byState.set(state, [...(byState.get(state) ?? []), c.id]);
  }
  return byState;
}

/**
 * The ids of the countries to tint: those whose state takes part in the events. `byState`
 * depends on the basemap only, so the map works it out once rather than on every click.
 */
export function actorCountryIds(
  countries: { id: string; name: string }[],
  events: EventRecord[],
  index: StateIndex,
  byState: Map<string, string[]> = countriesByState(countries, index),
): Set<string> {
  const out = new Set<string>();
  const found = new Set<string>();
  // Only states with a country on the map matter, and once each has been found the rest of
  // the events cannot add any: at 100,000 events that usually ends the walk within the first few.
  for (const e of events) {
    if (found.size === byState.size) break;
    for (const id of e.actorIds) {
      const ids = byState.get(id);
      if (!ids || found.has(id)) continue;
      found.add(id);
      for (const c of ids) out.add(c);
    }
  }
  return out;
}
