import { createStore, get, set, type UseStore } from 'idb-keyval';
import { formatZodError } from '../data/formatZodError';
import { collectionSchema, emptyCollection, type Collection } from './collectionSchema';

/** Why the stored collection could not be read or written, in words for the person whose it is. */
export class CollectionStorageError extends Error {
  override name = 'CollectionStorageError';
}

const KEY = 'collection';
let store: UseStore | undefined;

/** The browser's IndexedDB store for the collection, opened on first use. Nothing leaves the browser. */
function collectionStore(): UseStore {
  if (typeof indexedDB === 'undefined') {
    throw new CollectionStorageError('This browser does not offer IndexedDB, so added articles cannot be kept.');
  }
  store ??= createStore('dushanbe-timeline', 'collection');
  return store;
}

/** Reads the person's collection; an empty one when they have added nothing yet. */
export async function loadCollection(): Promise<Collection> {
  let raw: unknown;
  try {
    raw = await get(KEY, collectionStore());
  } catch (e) {
    if (e instanceof CollectionStorageError) throw e;
    throw new CollectionStorageError(`Your added articles could not be read from this browser's storage (${(e as Error).message}).`);
  }
  if (raw === undefined) return emptyCollection();
  const parsed = collectionSchema.safeParse(raw);
  // The stored value is left untouched, so nothing is lost if a later version can read it.
  if (!parsed.success) {
    throw new CollectionStorageError(`Your added articles are stored in a form this version cannot read: ${formatZodError(parsed.error)}`);
  }
  return parsed.data;
}

/** Stores the person's collection, replacing the previous one. */
export async function saveCollection(collection: Collection): Promise<void> {
  try {
    await set(KEY, collectionSchema.parse(collection), collectionStore());
  } catch (e) {
    if (e instanceof CollectionStorageError) throw e;
    throw new CollectionStorageError(`Your articles could not be saved in this browser (${(e as Error).message}).`);
  }
}
