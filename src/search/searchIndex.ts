import MiniSearch from 'minisearch';
import type { ViewBundle } from '../data/bundleSchema';

/** What a search found: the events to show and the words to highlight in each document. */
export interface SearchResult {
  eventIds: Set<string>;
  /** Document id -> the words of that document that matched, for highlighting. */
  termsByDocument: Map<string, string[]>;
}

interface IndexedItem {
  key: string;
  kind: 'document' | 'entity' | 'event';
  refId: string;
  title: string;
  text: string;
}

/** The search index over one bundle: documents, entity names and aliases, event titles. */
export interface BundleSearch {
  search: (query: string) => SearchResult;
}

/**
 * Builds a MiniSearch index with prefix and fuzzy matching, so "Rahmon" finds "Rakhmon" and
 * "conv" finds "convention". A hit on a document selects the events it is a source of; a hit
 * on a person, organisation or state selects the events they take part in.
 */
export function buildSearchIndex(bundle: ViewBundle): BundleSearch {
  const mini = new MiniSearch<IndexedItem>({
    idField: 'key',
    fields: ['title', 'text'],
    storeFields: ['kind', 'refId'],
    searchOptions: { boost: { title: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
  // A split bundle's texts are filled in by the search worker (withBodies) before it gets
  // here; a document without one is searched by its title.
  const items: IndexedItem[] = [
    ...bundle.documents.map((d) => ({ key: `d:${d.id}`, kind: 'document' as const, refId: d.id, title: d.title, text: d.text ?? '' })),
    ...bundle.entities.map((e) => ({ key: `e:${e.id}`, kind: 'entity' as const, refId: e.id, title: e.name, text: e.aliases.join(' ') })),
    ...bundle.events.map((e) => ({ key: `v:${e.id}`, kind: 'event' as const, refId: e.id, title: e.title, text: '' })),
  ];
  mini.addAll(items);
  const eventsByDocument = new Map<string, string[]>();
  const eventsByActor = new Map<string, string[]>();
  for (const e of bundle.events) {
    for (const s of e.sources) eventsByDocument.set(s.documentId, [...(eventsByDocument.get(s.documentId) ?? []), e.id]);
    for (const a of e.actorIds) eventsByActor.set(a, [...(eventsByActor.get(a) ?? []), e.id]);
  }
  const aliasesOf = new Map(bundle.entities.map((e) => [e.id, [e.name, ...e.aliases]]));
  const documentsOf = new Map(bundle.events.map((e) => [e.id, e.sources.map((s) => s.documentId)]));
  return {
    search(query) {
      const eventIds = new Set<string>();
      const termsByDocument = new Map<string, string[]>();
      const q = query.trim();
      if (!q) return { eventIds, termsByDocument };
      const addTerms = (docId: string, terms: string[]) =>
        termsByDocument.set(docId, [...new Set([...(termsByDocument.get(docId) ?? []), ...terms])]);
      for (const hit of mini.search(q)) {
        const refId = hit.refId as string;
        if (hit.kind === 'document') {
          for (const id of eventsByDocument.get(refId) ?? []) eventIds.add(id);
          addTerms(refId, hit.terms);
        } else if (hit.kind === 'entity') {
          for (const id of eventsByActor.get(refId) ?? []) eventIds.add(id);
          // Highlight the entity's own spellings in the documents that name it.
          const spellings = (aliasesOf.get(refId) ?? []).flatMap((a) => a.split(/\s+/)).filter((w) => w.length > 2);
          for (const id of eventsByActor.get(refId) ?? []) {
            for (const docId of documentsOf.get(id) ?? [])
              addTerms(
                docId,
                spellings.map((w) => w.toLowerCase()),
              );
          }
        } else {
          eventIds.add(refId);
        }
      }
      return { eventIds, termsByDocument };
    },
  };
}
