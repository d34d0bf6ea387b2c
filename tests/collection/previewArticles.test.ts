import { describe, expect, it } from 'vitest';
import { existingTextsFor, previewArticles, userArticleId } from '../../src/collection/previewArticles';
import { emptyCollection } from '../../src/collection/collectionSchema';
import { addAlias, addArticles, addKnown } from '../../src/collection/collectionEdits';
import { curationFor } from '../../src/collection/curation';
import { buildCollectionBundle } from '../../src/collection/buildCollectionBundle';
import { loadKnowledge, seedBundle, seedText } from '../seedFixtures';
import { BISHKEK_ARTICLE, fileOf } from './fixtures';
import { loadGazetteer } from '../gazetteerFixtures';

const base = () => seedBundle().bundle;
const preview = (files: Parameters<typeof previewArticles>[0], collection = emptyCollection()) =>
  previewArticles(files, existingTextsFor(files, base(), collection), collection, loadKnowledge(), '2026-11-23T10:00:00.000Z');

describe('previewArticles', () => {
  it('finds the meeting in Bishkek with its stated date, evidence and review warnings', () => {
    const { previews, rejected } = preview([fileOf('bishkek.txt', BISHKEK_ARTICLE)]);
    expect(rejected).toEqual([]);
    const [p] = previews;
    expect(p!.article.id).toBe(userArticleId('bishkek.txt', BISHKEK_ARTICLE));
    expect(p!.article.id).toMatch(/^mine-bishkek-[0-9a-f]{8}$/);
    expect(p!.event).toMatchObject({ placeId: 'bishkek', date: { start: '2024-04-11', basis: 'stated', asStated: 'On 11 April 2024' } });
    // The Kyrgyz delegation's state takes part; the CIS, whose members meet, and the SCO, whose convention is recalled, are only named.
    expect(p!.event!.actorIds).toContain('kyrgyzstan');
    expect(p!.event!.actorIds).not.toContain('cis');
    expect(p!.event!.mentionedIds).toEqual(expect.arrayContaining(['cis', 'sco']));
    for (const e of p!.event!.sources[0]!.evidence) expect(BISHKEK_ARTICLE.slice(e.start, e.end)).toBe(e.text);
    // She is found by the name patterns: a new person to confirm, not a name left unresolved.
    expect(p!.unresolved).toEqual([]);
    expect(p!.review.map((r) => r.message)).toContain('new person "Zarina Tokoeva": not in the knowledge file, found by the name patterns');
    expect(p!.names.find((n) => n.spelling === 'Zarina Tokoeva')?.decision).toBe('new-person');
    expect(p!.referenced.map((e) => e.id)).toContain('sco-convention-on-countering-extremism');
  });

  it('refuses binary, empty, oversized and already-present files with a reason each, and keeps the good one', () => {
    const binary = { name: 'photo.txt', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]) };
    const huge = { name: 'dump.txt', bytes: new Uint8Array(20_000_000).fill(0x61) };
    const seedCopy = fileOf('copy.txt', seedText('003'));
    const { previews, rejected } = preview([binary, fileOf('empty.txt', ''), huge, seedCopy, fileOf('bishkek.txt', BISHKEK_ARTICLE)]);
    expect(previews).toHaveLength(1);
    const why = Object.fromEntries(rejected.map((r) => [r.name, r.message]));
    expect(why['photo.txt']).toMatch(/not UTF-8 text|binary/);
    expect(why['empty.txt']).toMatch(/empty/);
    expect(why['dump.txt']).toMatch(/20\.0 MB/);
    expect(why['copy.txt']).toMatch(/already in your collection/);
  });

  it('refuses an article the person has already added', () => {
    const first = preview([fileOf('bishkek.txt', BISHKEK_ARTICLE)]).previews[0]!;
    const mine = addArticles(emptyCollection(), [first.article], []);
    const again = preview([fileOf('again.txt', `${BISHKEK_ARTICLE}\n\n`)], mine);
    expect(again.previews).toEqual([]);
    expect(again.rejected[0]!.message).toMatch(/your article “bishkek.txt”/);
  });
});

describe('corrections and knowledge added from the app', () => {
  it('a corrected date, place, title and actors replace what the text matching found', () => {
    const p = preview([fileOf('bishkek.txt', BISHKEK_ARTICLE)]).previews[0]!;
    const curation = curationFor(p.article.id, {
      title: 'CIS security chiefs in Osh',
      date: { start: '2024-04-10', end: '2024-04-11', precision: 'day' },
      placeId: 'osh',
      actorIds: ['kyrgyzstan'],
    })!;
    const collection = addArticles(emptyCollection(), [p.article], [curation]);
    const { bundle } = buildCollectionBundle(base(), collection, loadKnowledge());
    const event = bundle.events.find((e) => e.sources.some((s) => s.documentId === p.article.id && s.role === 'primary'))!;
    expect(event).toMatchObject({
      title: 'CIS security chiefs in Osh',
      placeId: 'osh',
      actorIds: ['kyrgyzstan'],
      date: { start: '2024-04-10', end: '2024-04-11', basis: 'curated', reason: 'corrected by the person who added the article' },
    });
    expect(curationFor(p.article.id, {})).toBeUndefined();
  });

  it('an alias makes "E. Rahmon" count as Emomali Rahmon, and a new place can be used at once', () => {
    const p = preview([fileOf('bishkek.txt', BISHKEK_ARTICLE)]).previews[0]!;
    let collection = addArticles(emptyCollection(), [p.article], []);
    const before = buildCollectionBundle(base(), collection, loadKnowledge()).bundle;
    const eventOf = (b: typeof before) =>
      b.events.find((e) => e.sources.some((s) => s.documentId === p.article.id && s.role === 'primary'))!;
    expect(eventOf(before).actorIds).not.toContain('emomali-rahmon');
    collection = addAlias(collection, { targetId: 'emomali-rahmon', alias: 'E. Rahmon' });
    collection = addKnown(collection, {
      place: { id: 'karakol', name: 'Karakol', country: 'kyrgyzstan', lat: 42.49, lon: 78.39, aliases: [] },
    });
    const after = buildCollectionBundle(base(), collection, loadKnowledge()).bundle;
    expect(eventOf(after).actorIds).toContain('emomali-rahmon');
    expect(after.entities.find((e) => e.id === 'emomali-rahmon')!.aliases).toContain('E. Rahmon');
    expect(after.places.find((x) => x.id === 'karakol')).toMatchObject({ lat: 42.49, lon: 78.39 });
    const mention = after.mentions.find((m) => m.documentId === p.article.id && m.id === 'karakol');
    expect(BISHKEK_ARTICLE.slice(mention!.start, mention!.end)).toBe('Karakol');
  });
});

describe('previewArticles with the gazetteer', () => {
  const NOW = '2026-11-23T10:00:00.000Z';

  it('finds the places the knowledge file lacks, names them in the preview, and the added article keeps them', () => {
    const withTable = previewArticles(
      [fileOf('bishkek.txt', BISHKEK_ARTICLE)],
      [],
      emptyCollection(),
      loadKnowledge(),
      NOW,
      loadGazetteer(),
    ).previews[0]!;
    expect(withTable.places).toEqual([expect.objectContaining({ id: 'karakol', name: 'Karakol', country: 'kyrgyzstan' })]);
    expect(withTable.mentions.some((m) => m.id === 'karakol' && BISHKEK_ARTICLE.slice(m.start, m.end) === 'Karakol')).toBe(true);
    const without = previewArticles([fileOf('bishkek.txt', BISHKEK_ARTICLE)], [], emptyCollection(), loadKnowledge(), NOW).previews[0]!;
    expect(without.places).toEqual([]);
    const collection = addArticles(emptyCollection(), [withTable.article], []);
    expect(buildCollectionBundle(base(), collection, loadKnowledge(), loadGazetteer()).bundle.places.map((p) => p.id)).toContain('karakol');
  });

  it('places an event the knowledge file cannot: the CIS summit in Burabay', () => {
    // Eval 04's lead, with the year its annotation gives.
    const text = [
      'CIS leaders sign 17 agreements in Kazakhstan',
      '',
      'The agreements were signed at a summit of CIS leaders – representing Armenia, Azerbaijan, Belarus, Kyrgyzstan, Russia, Tajikistan, and Uzbekistan – on October 16, 2015 in the Kazakh village of Burabay.',
    ].join('\n');
    const p = previewArticles([fileOf('burabay.txt', text)], [], emptyCollection(), loadKnowledge(), NOW, loadGazetteer()).previews[0]!;
    expect(p.event).toMatchObject({ placeId: 'burabay', date: { start: '2015-10-16', basis: 'stated' } });
    const without = previewArticles([fileOf('burabay.txt', text)], [], emptyCollection(), loadKnowledge(), NOW).previews[0]!;
    expect(without.event?.placeId).toBeUndefined();
  });
});
