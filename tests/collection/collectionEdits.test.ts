import { describe, expect, it } from 'vitest';
import { addAlias, addArticles, addKnown, addMeetingEdit, changeFrom, removeArticle } from '../../src/collection/collectionEdits';
import { emptyCollection, type UserArticle } from '../../src/collection/collectionSchema';
import { BISHKEK_ARTICLE } from './fixtures';

const article = (id: string): UserArticle => ({ id, name: `${id}.txt`, text: BISHKEK_ARTICLE, addedAt: '2026-11-23T10:00:00.000Z' });
const place = (id: string, lat = 42) => ({ id, name: id, country: 'kyrgyzstan', lat, lon: 76, aliases: [] });

describe('changeFrom', () => {
  it('applies what a tab changed in its copy to what is stored, keeping what another tab stored meanwhile', () => {
    // The tab loaded A; another tab has since stored B and a place of its own.
    const shown = addArticles(emptyCollection(), [article('a')], []);
    const stored = addKnown(addArticles(shown, [article('b')], []), { place: place('balykchy') });
    const next = addMeetingEdit(addAlias(shown, { targetId: 'bishkek', alias: 'Frunze' }), {
      kind: 'split',
      eventId: 'e1',
      documentId: 'a',
    });
    const result = changeFrom(shown, next)(stored);
    expect(result.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(result.knowledge.places.map((p) => p.id)).toEqual(['balykchy']);
    expect(result.knowledge.aliases).toEqual([{ targetId: 'bishkek', alias: 'Frunze' }]);
    expect(result.knowledge.meetingEdits).toEqual([{ kind: 'split', eventId: 'e1', documentId: 'a' }]);
  });

  it('removes what the tab removed and replaces what it changed, by key', () => {
    const shown = addKnown(addArticles(emptyCollection(), [article('a'), article('b')], []), { place: place('naryn', 41) });
    const stored = addArticles(shown, [article('c')], []);
    const next = addKnown(removeArticle(shown, 'a'), { place: place('naryn', 41.4) });
    const result = changeFrom(shown, next)(stored);
    expect(result.articles.map((a) => a.id)).toEqual(['b', 'c']);
    expect(result.knowledge.places).toEqual([place('naryn', 41.4)]);
  });
});
