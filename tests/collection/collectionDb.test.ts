import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { get, set, createStore } from 'idb-keyval';
import { changeCollection, loadCollection, readCollection } from '../../src/collection/collectionDb';
import { onCollectionChange } from '../../src/collection/collectionSync';
import { emptyCollection, type UserArticle } from '../../src/collection/collectionSchema';
import { addArticles, addKnown, removeArticle } from '../../src/collection/collectionEdits';
import { BISHKEK_ARTICLE } from './fixtures';

const raw = createStore('dushanbe-timeline', 'collection');
const article = (id: string): UserArticle => ({ id, name: `${id}.txt`, text: BISHKEK_ARTICLE, addedAt: '2026-11-23T10:00:00.000Z' });
const reset = () => set('collection', emptyCollection(), raw);

afterEach(() => vi.restoreAllMocks());

describe('collectionDb', () => {
  it('keeps the collection across loads', async () => {
    await reset();
    expect(await loadCollection()).toEqual({ collection: emptyCollection() });
    await changeCollection((c) => addArticles(c, [article('a')], []));
    expect((await loadCollection()).collection.articles).toEqual([article('a')]);
    expect((await readCollection()).articles).toEqual([article('a')]);
  });

  it('applies each change to what is stored, so two tabs that loaded the same collection keep both their additions', async () => {
    await reset();
    await changeCollection((c) => addArticles(c, [article('a'), article('b')], []));
    // Both tabs hold A and B; each adds one article, and a third removes A, all at once.
    const [, , last] = await Promise.all([
      changeCollection((c) => addArticles(c, [article('c')], [])),
      changeCollection((c) => addArticles(c, [article('d')], [])),
      changeCollection((c) => removeArticle(c, 'a')),
    ]);
    expect(last.articles.map((a) => a.id)).toEqual(['b', 'c', 'd']);
    expect((await readCollection()).articles.map((a) => a.id)).toEqual(['b', 'c', 'd']);
  });

  it('tells every tab that the collection changed', async () => {
    await reset();
    const heard = vi.fn();
    const stop = onCollectionChange(heard);
    await changeCollection((c) =>
      addKnown(c, { place: { id: 'cholpon-ata', name: 'Cholpon-Ata', country: 'kyrgyzstan', lat: 42.65, lon: 77.08, aliases: [] } }),
    );
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(1));
    stop();
  });

  it('leaves a collection a newer version wrote as it is: it is read as unkept, and no change is written over it', async () => {
    const newer = { version: 2, articles: [], knowledge: {} };
    await set('collection', newer, raw);
    const loaded = await loadCollection();
    expect(loaded.collection).toEqual(emptyCollection());
    expect(loaded.unkept).toMatch(
      /^Your own articles cannot be kept in this browser: the collection stored here was written by a newer version of this app \(version 2\), which this version cannot read; it is left as it is\./,
    );
    await expect(changeCollection((c) => addArticles(c, [article('a')], []))).rejects.toThrow(/newer version/);
    expect(await get('collection', raw)).toEqual(newer);

    await set('collection', { version: 1, articles: 'lost?' }, raw);
    expect((await loadCollection()).unkept).toMatch(/in a form this version cannot read \(articles: .*\); it is left as it is/);
    expect(await get('collection', raw)).toEqual({ version: 1, articles: 'lost?' });
  });

  it('says why the storage failed, and never rejects the first read', async () => {
    vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => {
      throw new DOMException('denied', 'InvalidStateError');
    });
    // A fresh copy of the module, as a page that has not opened its storage yet.
    vi.resetModules();
    const fresh = await import('../../src/collection/collectionDb');
    const loaded = await fresh.loadCollection();
    expect(loaded.collection).toEqual(emptyCollection());
    expect(loaded.unkept).toBe(
      "Your own articles cannot be kept in this browser: this browser's storage failed while reading your articles (InvalidStateError: denied). You can still add articles and export them during this visit; they are gone once you close or reload the page.",
    );
    await expect(fresh.readCollection()).rejects.toThrow(/InvalidStateError: denied/);
  });

  it('writes nothing and says the browser is full when a write exceeds the quota', async () => {
    vi.restoreAllMocks();
    await reset();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(changeCollection((c) => addArticles(c, [article('a')], []))).rejects.toThrow(
      'this browser has no room left for this site (The quota has been exceeded.)',
    );
    vi.restoreAllMocks();
    expect((await readCollection()).articles).toEqual([]);
  });
});

describe('a storage that never answers', () => {
  it('is taken as failed after five seconds, so the shipped events are not held back', async () => {
    // An open request whose events never fire, as a browser that hangs on IndexedDB gives.
    vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => ({}) as IDBOpenDBRequest);
    vi.resetModules();
    const fresh = await import('../../src/collection/collectionDb');
    vi.useFakeTimers();
    try {
      const loading = fresh.loadCollection();
      await vi.advanceTimersByTimeAsync(5000);
      expect((await loading).unkept).toMatch(
        /^Your own articles cannot be kept in this browser: this browser's storage did not answer within 5 seconds\./,
      );
    } finally {
      vi.useRealTimers();
    }
  });
});
