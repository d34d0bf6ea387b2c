import { createStore, get, update, type UseStore } from 'idb-keyval';
import { ZodError } from 'zod';
import { formatZodError } from '../data/formatZodError';
import { announceCollectionChange } from './collectionSync';
import { COLLECTION_VERSION, collectionSchema, emptyCollection, type Collection } from './collectionSchema';

/**
 * Why the stored collection could not be read or changed. Its message is a phrase, not a
 * sentence, so that each place that reports it can say first what was not kept.
 */
export class CollectionStorageError extends Error {
  override name = 'CollectionStorageError';
}

/** The collection a tab shows, and whether it is kept in the browser's storage. */
export interface LoadedCollection {
  collection: Collection;
  /**
   * Set when the browser's storage failed or holds a collection this version cannot read: the
   * notice that says so. Changes are then kept in the tab for the visit only, and the storage is
   * never written, so a collection a newer version wrote is not overwritten.
   */
  unkept?: string;
}

/** A change to the collection, from the one stored to the next; it runs inside the storage's transaction, so it must not wait. */
export type CollectionChange = (stored: Collection) => Collection;

const KEY = 'collection';
/** A storage that has not answered by then is taken as failed, so the shipped events are not held back for it. */
const READ_MS = 5000;
let store: UseStore | undefined;

/** The browser's IndexedDB store for the collection, opened on first use. Nothing leaves the browser. */
function collectionStore(): UseStore {
  if (typeof indexedDB === 'undefined') throw new CollectionStorageError('this browser does not offer IndexedDB');
  store ??= createStore('dushanbe-timeline', 'collection');
  return store;
}

/** The stored value as a collection, an empty one when there is none; throws when this version cannot read it. */
function parseStored(raw: unknown): Collection {
  if (raw === undefined) return emptyCollection();
  const parsed = collectionSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const version = (raw as { version?: unknown } | null)?.version;
  const newer = typeof version === 'number' && version > COLLECTION_VERSION;
  // The stored value is never written over, so nothing is lost if a later version can read it.
  throw new CollectionStorageError(
    newer
      ? `the collection stored here was written by a newer version of this app (version ${version}), which this version cannot read; it is left as it is`
      : `the collection stored here is in a form this version cannot read (${formatZodError(parsed.error)}); it is left as it is`,
  );
}

/** A failure of the storage as a CollectionStorageError, with the browser's own words in brackets. */
function storageError(e: unknown, doing: string): CollectionStorageError {
  if (e instanceof CollectionStorageError) return e;
  if (e instanceof ZodError) return new CollectionStorageError(`the changed collection is not valid (${formatZodError(e)})`);
  const { name, message } = e as Error;
  if (name === 'QuotaExceededError') return new CollectionStorageError(`this browser has no room left for this site (${message})`);
  return new CollectionStorageError(`this browser's storage failed while ${doing} (${name === 'Error' ? message : `${name}: ${message}`})`);
}

/** Reads the person's collection from storage, an empty one when they have added nothing; throws a CollectionStorageError when it cannot. */
export async function readCollection(): Promise<Collection> {
  let raw: unknown;
  try {
    raw = await get(KEY, collectionStore());
  } catch (e) {
    throw storageError(e, 'reading your articles');
  }
  return parseStored(raw);
}

/** Fails with `why` when `promise` has not settled after `ms`. */
function within<T>(promise: Promise<T>, ms: number, why: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CollectionStorageError(why)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * The collection the app starts with. It never fails: when the storage cannot be read, the
 * person starts with an empty collection kept for the visit, and a notice that says why.
 */
export async function loadCollection(): Promise<LoadedCollection> {
  try {
    return {
      collection: await within(readCollection(), READ_MS, `this browser's storage did not answer within ${READ_MS / 1000} seconds`),
    };
  } catch (e) {
    const why = e instanceof CollectionStorageError ? e.message : storageError(e, 'reading your articles').message;
    return {
      collection: emptyCollection(),
      unkept: `Your own articles cannot be kept in this browser: ${why}. You can still add articles and export them during this visit; they are gone once you close or reload the page.`,
    };
  }
}

/**
 * Applies one change to the stored collection: it is read, changed and written in one IndexedDB
 * transaction, so a change made meanwhile in another tab is kept. Every tab is then told.
 * Resolves with the collection as stored; throws a CollectionStorageError, having written
 * nothing, when the storage fails or holds a collection this version cannot read.
 */
export async function changeCollection(change: CollectionChange): Promise<Collection> {
  let next: Collection | undefined;
  try {
    await update(
      KEY,
      (raw: unknown) => {
        next = collectionSchema.parse(change(parseStored(raw)));
        return next;
      },
      collectionStore(),
    );
  } catch (e) {
    throw storageError(e, 'saving your articles');
  }
  if (!next) throw new CollectionStorageError('the change was not applied');
  announceCollectionChange();
  return next;
}
