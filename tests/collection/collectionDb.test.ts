import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { get, set, createStore } from 'idb-keyval';
import { loadCollection, saveCollection } from '../../src/collection/collectionDb';
import { emptyCollection } from '../../src/collection/collectionSchema';
import { addArticles } from '../../src/collection/collectionEdits';
import { BISHKEK_ARTICLE } from './fixtures';

describe('collectionDb', () => {
  it('keeps the collection across loads and refuses to overwrite what it cannot read', async () => {
    expect(await loadCollection()).toEqual(emptyCollection());
    const article = { id: 'mine-bishkek-1', name: 'bishkek.txt', text: BISHKEK_ARTICLE, addedAt: '2026-11-23T10:00:00.000Z' };
    await saveCollection(addArticles(emptyCollection(), [article], []));
    expect((await loadCollection()).articles).toEqual([article]);

    const raw = createStore('dushanbe-timeline', 'collection');
    await set('collection', { version: 99, articles: 'lost?' }, raw);
    await expect(loadCollection()).rejects.toThrow(/cannot read.*version/);
    expect(await get('collection', raw)).toEqual({ version: 99, articles: 'lost?' });
  });
});
