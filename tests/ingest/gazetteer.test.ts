import { describe, expect, it } from 'vitest';
import { slugSchema } from '../../src/data/knowledgeSchema';
import { gazetteerPlace, indexGazetteer, linkGazetteer } from '../../src/ingest/gazetteer';
import { placeKey } from '../../src/ingest/placeKey';
import { gazetteerIndex, loadGazetteer } from '../gazetteerFixtures';
import { loadKnowledge } from '../seedFixtures';

const rowOf = (id: string) => gazetteerIndex().rowById.get(id)!;

describe('placeKey', () => {
  it('folds case, accents, hyphens and apostrophes, in Latin and Cyrillic script alike', () => {
    expect(placeKey('Alma-Ata')).toBe(placeKey('ALMA ATA'));
    expect(placeKey('Ürümqi')).toBe('urumqi');
    expect(placeKey('Xoʻjand')).toBe(placeKey("Xo'jand"));
    expect(placeKey('Бишкек')).toBe(placeKey('БИШКЕК'));
    expect(placeKey('Ufa')).not.toBe(placeKey('Ufas'));
  });
});

describe('the gazetteer index', () => {
  it('gives every place a unique slug id, the bare name to the most populous of its namesakes', () => {
    const { ids, table } = gazetteerIndex();
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(slugSchema.safeParse(id).success, id).toBe(true);
    // Kazan on the Volga, over Kazan in Turkey; Moscow, Russia over Moscow, Idaho.
    expect(table.places.population[rowOf('kazan')]!).toBeGreaterThan(table.places.population[rowOf('kazan-turkey')]!);
    expect(gazetteerPlace(linkGazetteer(gazetteerIndex(), []), rowOf('moscow')).country).toBe('russia');
    expect(gazetteerPlace(linkGazetteer(gazetteerIndex(), []), rowOf('moscow-united-states')).country).toBe('united-states');
  });

  it('keeps ids when a smaller namesake joins the table', () => {
    const table = loadGazetteer();
    const before = indexGazetteer(table).ids;
    const p = table.places;
    const row = before.indexOf('minsk');
    const grown = {
      ...table,
      places: {
        name: [...p.name, 'Minsk'],
        ascii: [...p.ascii, ''],
        alternates: [...p.alternates, ''],
        country: [...p.country, p.country[rowOf('kazan')]!],
        lat: [...p.lat, 55.0],
        lon: [...p.lon, 50.0],
        population: [...p.population, p.population[row]! - 1],
      },
    };
    const after = indexGazetteer(grown).ids;
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after[before.length]).toBe('minsk-russia');
  });

  it('maps every country to the state id the knowledge file uses', () => {
    const countryIds = new Set(loadGazetteer().countries.map((c) => c.id));
    for (const state of loadKnowledge().entities.filter((e) => e.type === 'state')) expect(countryIds.has(state.id), state.id).toBe(true);
  });
});

describe('linking the gazetteer to the knowledge file', () => {
  it('gives a knowledge place its id and its record wins: the same city is not two places', () => {
    const knowledge = loadKnowledge();
    const linked = linkGazetteer(gazetteerIndex(), knowledge.places);
    // GeoNames spells these "Tirmiz" and "Saint Petersburg"; the knowledge file's ids stay.
    expect(linked.idOf(rowOf('tirmiz'))).toBe('termez');
    expect(linked.idOf(rowOf('saint-petersburg'))).toBe('st-petersburg');
    for (const p of knowledge.places.filter((x) => ['dushanbe', 'astana', 'almaty', 'ufa', 'minsk', 'qingdao'].includes(x.id))) {
      const rows = gazetteerIndex()
        .byKey.get(placeKey(p.name))!
        .map((h) => h.row);
      expect(rows.map(linked.idOf), p.id).toContain(p.id);
      expect(linked.knownIds.has(p.id)).toBe(true);
    }
  });

  it('moves a table place aside when the knowledge file uses its id for another place', () => {
    // A knowledge file that calls its own Kazan (the Turkish one, as a person might add it) "kazan".
    const turkish = gazetteerPlace(linkGazetteer(gazetteerIndex(), []), rowOf('kazan-turkey'));
    const linked = linkGazetteer(gazetteerIndex(), [{ ...turkish, id: 'kazan', country: 'turkey', aliases: [] }]);
    expect(linked.idOf(rowOf('kazan-turkey'))).toBe('kazan');
    expect(linked.idOf(rowOf('kazan'))).toBe('kazan-russia');
  });
});
