import { describe, expect, it } from 'vitest';
import { previewArticles } from '../../src/collection/previewArticles';
import { emptyCollection } from '../../src/collection/collectionSchema';
import { addArticles, addMeetingEdit, importCollectionFile, removeArticle, toCollectionFile } from '../../src/collection/collectionEdits';
import { evalText } from '../ingest/evalFixtures';
import { buildCollectionBundle } from '../../src/collection/buildCollectionBundle';
import { bundleSchema, type EventRecord } from '../../src/data/bundleSchema';
import { loadKnowledge, seedBundle } from '../seedFixtures';
import { BISHKEK_ARTICLE, fileOf } from './fixtures';

const base = () => seedBundle().bundle;
function withBishkek() {
  const p = previewArticles([fileOf('bishkek.txt', BISHKEK_ARTICLE)], [], emptyCollection(), loadKnowledge()).previews[0]!;
  return { article: p.article, collection: addArticles(emptyCollection(), [p.article], []) };
}

describe('buildCollectionBundle and mergeBundles', () => {
  it('adds the new event, marks the document as the person’s and leaves the corpus as it was', () => {
    const { article, collection } = withBishkek();
    const { bundle } = buildCollectionBundle(base(), collection, loadKnowledge());
    expect(bundleSchema.safeParse(bundle).success).toBe(true);
    expect(bundle.events.length).toBe(base().events.length + 1);
    expect(bundle.events.find((e) => e.id === '2024-04-11-bishkek-meeting')?.placeId).toBe('bishkek');
    expect(bundle.documents.find((d) => d.id === article.id)?.origin).toBe('user');
    expect(bundle.documents.filter((d) => d.origin === 'user')).toHaveLength(1);
    const dates = bundle.events.map((e) => e.date.start);
    expect(dates).toEqual([...dates].sort());
  });

  it('an event the corpus already has gains the new article as a source and keeps its date', () => {
    const { article, collection } = withBishkek();
    const before = base().events.find((e) => e.id === 'sco-convention-on-countering-extremism')!;
    const after = buildCollectionBundle(base(), collection, loadKnowledge()).bundle.events.find((e) => e.id === before.id)!;
    expect(after.date).toEqual(before.date);
    expect(after.sources.map((s) => s.documentId)).toEqual([...before.sources.map((s) => s.documentId), article.id]);
  });

  it('removing the article removes its event again', () => {
    const { article, collection } = withBishkek();
    const { bundle } = buildCollectionBundle(base(), removeArticle(collection, article.id), loadKnowledge());
    expect(bundle).toBe(base());
  });
});

describe('collection files', () => {
  it('an exported collection imports into an empty one with the same articles and events', () => {
    const { collection } = withBishkek();
    const { bundle } = buildCollectionBundle(base(), collection, loadKnowledge());
    const json = JSON.stringify(toCollectionFile(bundle, collection));
    const imported = importCollectionFile(emptyCollection(), json);
    expect(imported.added).toBe(1);
    const again = buildCollectionBundle(base(), imported.collection, loadKnowledge()).bundle;
    expect(again.events.map((e) => e.id)).toEqual(bundle.events.map((e) => e.id));
    expect(importCollectionFile(imported.collection, json).added).toBe(0);
  });

  it('says plainly when a file is not a collection', () => {
    expect(() => importCollectionFile(emptyCollection(), 'PK\u0003\u0004')).toThrow(/not JSON/);
    expect(() => importCollectionFile(emptyCollection(), JSON.stringify(base()))).toThrow(
      /not a collection exported from this app: .*collection/,
    );
  });
});

describe('ownPartOf', () => {
  it('holds exactly what the person added: merged into the corpus again it gives the same bundle', async () => {
    const { ownPartOf } = await import('../../src/collection/ownPart');
    const { mergeBundles } = await import('../../src/collection/mergeBundles');
    const { article, collection } = withBishkek();
    const merged = buildCollectionBundle(base(), collection, loadKnowledge()).bundle;
    const own = ownPartOf(merged)!;
    expect(own.documents.map((d) => d.id)).toEqual([article.id]);
    expect(own.mentions.every((m) => m.documentId === article.id)).toBe(true);
    expect(own.events.flatMap((e) => e.sources.map((s) => s.documentId))).toEqual(own.events.map(() => article.id));
    const again = mergeBundles(base(), own);
    expect(again.events).toEqual(merged.events);
    expect(again.documents.map((d) => d.id)).toEqual(merged.documents.map((d) => d.id));
    expect(ownPartOf(base())).toBeUndefined();
  });
});

describe('removing knowledge a person added', () => {
  it('a removed spelling and a removed place stop counting, and a correction to that place is dropped', async () => {
    const { addAlias, addKnown, removeAlias, removePlace } = await import('../../src/collection/collectionEdits');
    const { curationFor } = await import('../../src/collection/curation');
    const { article, collection } = withBishkek();
    const alias = { targetId: 'emomali-rahmon', alias: 'E. Rahmon' };
    const place = { id: 'karakol', name: 'Karakol', country: 'kyrgyzstan', lat: 42.49, lon: 78.39, aliases: [] };
    const taught = addArticles(addKnown(addAlias(collection, alias), { place }), [], [curationFor(article.id, { placeId: 'karakol' })!]);
    const eventOf = (c: typeof collection) =>
      buildCollectionBundle(base(), c, loadKnowledge()).bundle.events.find((e) =>
        e.sources.some((s) => s.documentId === article.id && s.role === 'primary'),
      )!;
    expect(eventOf(taught)).toMatchObject({ placeId: 'karakol' });
    expect(eventOf(taught).actorIds).toContain('emomali-rahmon');
    const untaught = removePlace(removeAlias(taught, alias), 'karakol');
    expect(untaught.knowledge).toMatchObject({ aliases: [], places: [] });
    expect(eventOf(untaught).placeId).toBe('bishkek');
    expect(eventOf(untaught).actorIds).not.toContain('emomali-rahmon');
  });
});

describe('a person’s report of a corpus meeting', () => {
  // A real report (eval d10, Pakistan Observer) of the meeting of SCO security council secretaries seed 004 reports.
  const report = evalText('d10_');
  const withReport = () => {
    const p = previewArticles([fileOf('observer.txt', report)], [], emptyCollection(), loadKnowledge()).previews[0]!;
    return { id: p.article.id, collection: addArticles(emptyCollection(), [p.article], []) };
  };
  const meeting = (bundle: { events: EventRecord[] }) => bundle.events.filter((e) => e.id === '2021-06-23-dushanbe-meeting');

  it('joins the seed event, with the reason, rather than making a second event', () => {
    const { id, collection } = withReport();
    const { bundle } = buildCollectionBundle(base(), collection, loadKnowledge());
    const [event] = meeting(bundle);
    expect(event!.id).toBe('2021-06-23-dushanbe-meeting');
    expect(event!.sources.map((s) => s.documentId)).toContain(id);
    expect(event!.reports![1]!.reason).toMatch(/same place \(Dushanbe\)/);
    expect(bundle.events.filter((e) => e.sources.some((s) => s.documentId === id && s.role === 'primary'))).toHaveLength(1);
  });

  it('keeps it apart once the person splits it off, and joins it again when they merge it', () => {
    const { id, collection } = withReport();
    const split = addMeetingEdit(collection, { kind: 'split', eventId: '2021-06-23-dushanbe-meeting', documentId: id });
    const apart = buildCollectionBundle(base(), split, loadKnowledge()).bundle;
    const own = apart.events.find((e) => e.sources.some((s) => s.documentId === id && s.role === 'primary'))!;
    expect(own.id).not.toBe('2021-06-23-dushanbe-meeting');
    expect(meeting(apart)[0]!.sources.map((s) => s.documentId)).not.toContain(id);
    const again = addMeetingEdit(split, { kind: 'merge', eventId: '2021-06-23-dushanbe-meeting', otherId: own.id });
    const joined = buildCollectionBundle(base(), again, loadKnowledge()).bundle;
    expect(meeting(joined)[0]!.sources.map((s) => s.documentId)).toContain(id);
    expect(meeting(joined)[0]!.reports![1]!.reason).toBe('merged by a person');
  });
});
