import type { Knowledge } from '../data/knowledgeSchema';
import type { KnowledgePatch } from './collectionSchema';

/**
 * The knowledge file with a person's additions: new places and entities, extra aliases, and
 * corrections. Additions never replace what the shipped file says about an id it already has,
 * except that an alias is added to it; a correction for a document replaces an older one.
 */
export function extendKnowledge(base: Knowledge, patch: KnowledgePatch): Knowledge {
  const placeIds = new Set(base.places.map((p) => p.id));
  const entityIds = new Set(base.entities.map((e) => e.id));
  const places = [...base.places, ...patch.places.filter((p) => !placeIds.has(p.id))];
  const entities = [...base.entities, ...patch.entities.filter((e) => !entityIds.has(e.id))];
  const withAlias = <T extends { id: string; name: string; aliases: string[] }>(item: T): T => {
    const extra = patch.aliases.filter((a) => a.targetId === item.id && a.alias !== item.name && !item.aliases.includes(a.alias));
    return extra.length ? { ...item, aliases: [...item.aliases, ...new Set(extra.map((a) => a.alias))] } : item;
  };
  const corrected = new Set(patch.curations.map((c) => c.documentId));
  return {
    ...base,
    places: places.map(withAlias),
    entities: entities.map(withAlias),
    curations: [...base.curations.filter((c) => !corrected.has(c.documentId)), ...patch.curations],
    meetingEdits: [...base.meetingEdits, ...patch.meetingEdits],
  };
}

/** A URL-safe id from a name: "Osh Oblast" → "osh-oblast". */
export function slugify(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'item'
  );
}
