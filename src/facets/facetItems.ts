import type { ViewBundle, Entity } from '../data/bundleSchema';
import type { FacetCounts } from '../state/viewState';
import type { FacetItem } from './FacetList';

/** Hyphens and case do not make two roles different ("Secretary-General", "Secretary General"). */
const roleKey = (t: string) => t.toLowerCase().replace(/[-\s]+/g, ' ');

/**
 * A person's roles as the sources give them, newest first, with the year of the document:
 * "SCO Secretary General (2018)".
 */
export function describeRoles(entity: Entity): string | undefined {
  const seen = new Map<string, { title: string; year?: string }>();
  for (const r of [...entity.roles].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))) {
    const key = roleKey(r.title);
    if (!seen.has(key)) seen.set(key, { title: r.title, year: r.date?.slice(0, 4) });
  }
  const list = [...seen.values()].slice(0, 2).map((r) => (r.year ? `${r.title} (${r.year})` : r.title));
  return list.length ? list.join('; ') : undefined;
}

// The panel re-renders with new counts whenever the window settles; a person's roles do not
// change, so each is described once (sorting every person's roles each time showed in profiles).
const described = new WeakMap<Entity, string | undefined>();
const rolesOf = (entity: Entity) => {
  if (!described.has(entity)) described.set(entity, describeRoles(entity));
  return described.get(entity);
};

/** Capitalises an event kind for display. */
export const kindLabel = (kind: string) => kind.charAt(0).toUpperCase() + kind.slice(1);

/** The facet items of a bundle with their counts: actors by type, topics, places, and the kinds its events use (from its index). */
export function facetItems(bundle: ViewBundle, kinds: readonly string[], counts: FacetCounts) {
  const nameOf = (id: string) => bundle.entities.find((e) => e.id === id)?.name ?? id;
  const detailOf = (e: Entity) => (e.type === 'person' ? rolesOf(e) : e.parentId ? `part of ${nameOf(e.parentId)}` : undefined);
  const entity = (type: Entity['type']): FacetItem[] =>
    bundle.entities
      .filter((e) => e.type === type)
      .map((e) => ({ id: e.id, label: e.name, count: counts.actors.get(e.id) ?? 0, detail: detailOf(e) }));
  return {
    people: entity('person'),
    organisations: entity('organisation'),
    states: entity('state'),
    topics: bundle.topics.map((t) => ({ id: t.id, label: t.label, count: counts.topics.get(t.id) ?? 0 })),
    places: bundle.places.map((p) => ({ id: p.id, label: p.name, count: counts.places.get(p.id) ?? 0 })),
    kinds: kinds.map((k) => ({ id: k, label: kindLabel(k), count: counts.kinds.get(k) ?? 0 })),
  };
}

/** A readable label for any filter id, for chips and notices. */
export function labelFor(bundle: ViewBundle, key: 'actors' | 'topics' | 'places' | 'kinds', id: string): string {
  if (key === 'actors') return bundle.entities.find((e) => e.id === id)?.name ?? id;
  if (key === 'topics') return bundle.topics.find((t) => t.id === id)?.label ?? id;
  if (key === 'places') return bundle.places.find((p) => p.id === id)?.name ?? id;
  return kindLabel(id);
}
