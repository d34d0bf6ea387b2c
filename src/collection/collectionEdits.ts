import { hasBody, type ViewBundle } from '../data/bundleSchema';
import { ownPartOf } from './ownPart';
import type { DocumentCuration } from './curation';
import { collectionFileSchema, type AddedAlias, type Collection, type CollectionFile, type UserArticle } from './collectionSchema';
import type { KnownEntity, KnownPlace, MeetingEdit } from '../data/knowledgeSchema';
import { formatZodError } from '../data/formatZodError';

/** The collection with new articles and the corrections the person made to them before accepting. */
export function addArticles(collection: Collection, articles: UserArticle[], corrections: DocumentCuration[]): Collection {
  const ids = new Set(collection.articles.map((a) => a.id));
  const fresh = articles.filter((a) => !ids.has(a.id));
  const corrected = new Set(corrections.map((c) => c.documentId));
  return {
    ...collection,
    articles: [...collection.articles, ...fresh],
    knowledge: {
      ...collection.knowledge,
      curations: [...collection.knowledge.curations.filter((c) => !corrected.has(c.documentId)), ...corrections],
    },
  };
}

/** The collection without one article and without the corrections made to it. */
export function removeArticle(collection: Collection, id: string): Collection {
  return {
    ...collection,
    articles: collection.articles.filter((a) => a.id !== id),
    knowledge: { ...collection.knowledge, curations: collection.knowledge.curations.filter((c) => c.documentId !== id) },
  };
}

/** The collection with a new alias for a known entity or place; adding the same one twice changes nothing. */
export function addAlias(collection: Collection, alias: AddedAlias): Collection {
  const has = collection.knowledge.aliases.some((a) => a.targetId === alias.targetId && a.alias === alias.alias);
  return has ? collection : { ...collection, knowledge: { ...collection.knowledge, aliases: [...collection.knowledge.aliases, alias] } };
}

/** The collection with a new place or entity the knowledge file lacked. */
export function addKnown(collection: Collection, item: { place: KnownPlace } | { entity: KnownEntity }): Collection {
  const k = collection.knowledge;
  if ('place' in item)
    return { ...collection, knowledge: { ...k, places: [...k.places.filter((p) => p.id !== item.place.id), item.place] } };
  return { ...collection, knowledge: { ...k, entities: [...k.entities.filter((e) => e.id !== item.entity.id), item.entity] } };
}

/** The collection without one taught spelling. */
export function removeAlias(collection: Collection, alias: AddedAlias): Collection {
  const aliases = collection.knowledge.aliases.filter((a) => !(a.targetId === alias.targetId && a.alias === alias.alias));
  return { ...collection, knowledge: { ...collection.knowledge, aliases } };
}

/** The collection without a place the person added, and without corrections that put an event there. */
export function removePlace(collection: Collection, placeId: string): Collection {
  const k = collection.knowledge;
  const curations = k.curations.map((c) => {
    if (c.placeId !== placeId) return c;
    const { placeId: _dropped, ...rest } = c;
    return rest;
  });
  return {
    ...collection,
    knowledge: {
      ...k,
      places: k.places.filter((p) => p.id !== placeId),
      aliases: k.aliases.filter((a) => a.targetId !== placeId),
      curations,
    },
  };
}

/**
 * The file a person exports: the bundle they see, with their articles and knowledge inside it.
 * A split corpus is not copied into it (its texts are in body files the page never loaded);
 * the file then holds the person's own part, which is all an import reads.
 */
export function toCollectionFile(bundle: ViewBundle, collection: Collection): CollectionFile {
  if (!bundle.bodies && bundle.documents.every(hasBody)) {
    const { bodies: _none, ...whole } = bundle;
    return { ...whole, documents: bundle.documents.filter(hasBody), collection };
  }
  const own = ownPartOf(bundle) ?? {
    version: bundle.version,
    documents: [],
    events: [],
    entities: bundle.entities,
    places: bundle.places,
    topics: bundle.topics,
    mentions: [],
  };
  return { ...own, collection };
}

/** The collection inside an exported collection file; throws a readable error for any other file. */
export function readCollectionFile(json: string): Collection {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new Error(`This file is not JSON, so it is not a collection exported from this app (${(e as Error).message}).`, { cause: e });
  }
  const parsed = collectionFileSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`This file is not a collection exported from this app: ${formatZodError(parsed.error)}`);
  return parsed.data.collection;
}

/**
 * Reads an exported collection and adds its articles and knowledge to the person's own.
 * Articles they already have are kept once. Throws a readable error for anything else.
 */
export function importCollectionFile(collection: Collection, json: string): { collection: Collection; added: number } {
  return mergeCollection(collection, readCollectionFile(json));
}

/** The person's collection with another's articles and knowledge added; articles they already have are kept once. */
export function mergeCollection(collection: Collection, incoming: Collection): { collection: Collection; added: number } {
  const ids = new Set(collection.articles.map((a) => a.id));
  const fresh = incoming.articles.filter((a) => !ids.has(a.id));
  let next = addArticles(
    collection,
    fresh,
    incoming.knowledge.curations.filter((c) => fresh.some((a) => a.id === c.documentId)),
  );
  for (const alias of incoming.knowledge.aliases) next = addAlias(next, alias);
  for (const place of incoming.knowledge.places) next = addKnown(next, { place });
  for (const entity of incoming.knowledge.entities) next = addKnown(next, { entity });
  return { collection: next, added: fresh.length };
}

/** The collection with a person's split or merge of reports of one meeting; the same edit twice is kept once. */
export function addMeetingEdit(collection: Collection, edit: MeetingEdit): Collection {
  const k = collection.knowledge;
  const same = (x: MeetingEdit) => JSON.stringify(x) === JSON.stringify(edit);
  return k.meetingEdits.some(same) ? collection : { ...collection, knowledge: { ...k, meetingEdits: [...k.meetingEdits, edit] } };
}

/**
 * The items of `stored` with the edits that turned `shown` into `next`: items gone from `next`
 * are dropped and new or changed ones put in, each found by its key. Items `shown` lacked, such
 * as another tab's, are kept.
 */
function rebaseList<T>(shown: T[], next: T[], stored: T[], key: (item: T) => string): T[] {
  const before = new Map(shown.map((item) => [key(item), JSON.stringify(item)]));
  const after = new Set(next.map(key));
  const changed = next.filter((item) => before.get(key(item)) !== JSON.stringify(item));
  const drop = new Set([...[...before.keys()].filter((k) => !after.has(k)), ...changed.map(key)]);
  return [...stored.filter((item) => !drop.has(key(item))), ...changed];
}

/**
 * A whole collection, made from the copy a tab shows, as a change to the stored one: what the
 * tab changed is applied to what is stored, so that what another tab stored meanwhile stays.
 */
export function changeFrom(shown: Collection, next: Collection): (stored: Collection) => Collection {
  const a = shown.knowledge;
  const b = next.knowledge;
  return (stored) => {
    const k = stored.knowledge;
    return {
      ...stored,
      articles: rebaseList(shown.articles, next.articles, stored.articles, (x) => x.id),
      knowledge: {
        places: rebaseList(a.places, b.places, k.places, (x) => x.id),
        entities: rebaseList(a.entities, b.entities, k.entities, (x) => x.id),
        aliases: rebaseList(a.aliases, b.aliases, k.aliases, (x) => `${x.targetId}\u0000${x.alias}`),
        curations: rebaseList(a.curations, b.curations, k.curations, (x) => x.documentId),
        meetingEdits: rebaseList(a.meetingEdits, b.meetingEdits, k.meetingEdits, (x) => JSON.stringify(x)),
      },
    };
  };
}
