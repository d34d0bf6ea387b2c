import { hasBody, type Bundle, type ViewBundle } from '../data/bundleSchema';

/** The ids of the documents a person added themselves (marked `origin: "user"`). */
export function ownDocumentIdsOf(bundle: ViewBundle): Set<string> {
  return new Set(bundle.documents.filter((d) => d.origin === 'user').map((d) => d.id));
}

/**
 * The part of a merged bundle that came from a person's own articles: their documents and
 * mentions, and the events they are a source of. Merging it into the corpus bundle again gives
 * the bundle they see; a search worker that loads the corpus by URL uses it so that their
 * articles are searchable too. Undefined when they have added nothing.
 */
export function ownPartOf(bundle: ViewBundle): Bundle | undefined {
  const own = ownDocumentIdsOf(bundle);
  if (own.size === 0) return undefined;
  return {
    version: bundle.version,
    entities: bundle.entities,
    places: bundle.places,
    topics: bundle.topics,
    // A person's own documents always carry their text; only a split corpus leaves it out.
    documents: bundle.documents.filter((d) => own.has(d.id)).filter(hasBody),
    events: bundle.events
      .filter((e) => e.sources.some((s) => own.has(s.documentId)))
      .map((e) => ({ ...e, sources: e.sources.filter((s) => own.has(s.documentId)) })),
    mentions: bundle.mentions.filter((m) => own.has(m.documentId)),
  };
}
