import type { EventRecord, ViewBundle } from '../data/bundleSchema';
import type { UrlNotice } from './urlCodec';
import { FACET_KEYS, type FacetKey } from './viewState';

/** The ids a bundle knows for each facet. */
export function knownIds(bundle: ViewBundle): Record<FacetKey, Set<string>> {
  return {
    actors: new Set(bundle.entities.map((e) => e.id)),
    topics: new Set(bundle.topics.map((t) => t.id)),
    places: new Set(bundle.places.map((p) => p.id)),
    kinds: new Set(bundle.events.map((e) => e.kind)),
  };
}

/**
 * Splits a link's filter ids into those the bundle knows and notices for the rest, e.g. from
 * an older bundle or a typo: "actors=foo (matched nothing in this collection)".
 */
export function pruneUnknownIds(
  selection: Record<FacetKey, string[]>,
  bundle: ViewBundle,
): { kept: Record<FacetKey, string[]>; notices: UrlNotice[] } {
  const known = knownIds(bundle);
  const notices: UrlNotice[] = [];
  const kept = {} as Record<FacetKey, string[]>;
  for (const key of FACET_KEYS) {
    kept[key] = selection[key].filter((id) => {
      if (known[key].has(id)) return true;
      notices.push({ key, value: id, reason: 'matched nothing in this collection' });
      return false;
    });
  }
  return { kept, notices };
}

/**
 * The event a link's event id stands for: itself, or the event its report was merged into
 * since the link was made (so shared links keep working); undefined when neither exists.
 */
export function resolveEventId(events: readonly EventRecord[], id: string): string | undefined {
  if (events.some((e) => e.id === id)) return id;
  return events.find((e) => e.reports?.some((r) => r.id === id))?.id;
}
