import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSchema } from '../../src/data/bundleSchema';
import { buildBundle } from '../../src/ingest/buildBundle';
import { gazetteerIndex } from '../gazetteerFixtures';
import { loadKnowledge, loadSeedTexts, seedBundle } from '../seedFixtures';

const EVAL = join(import.meta.dirname, '..', 'fixtures', 'eval', 'articles');
const evalText = (file: string) => ({ id: file.replace(/\.txt$/, ''), text: readFileSync(join(EVAL, file), 'utf8') });
const BURABAY = evalText('04_burabay-cis-summit.txt');
const ASHGABAT = evalText('06_ashgabat-cis-heads-of-state-council.txt');
const BRATISLAVA = evalText('02_almaty-un-ct-strategy-expert-meeting.txt');

describe('the bundle built with the gazetteer', () => {
  it('has the seed bundle’s events and places: the seeds name no place the knowledge file lacks', () => {
    const { bundle } = buildBundle(loadSeedTexts(), loadKnowledge(), gazetteerIndex());
    const without = seedBundle().bundle;
    expect(bundle.events).toEqual(without.events);
    expect(bundle.places).toEqual(without.places);
    expect(bundle.events.filter((e) => e.sources.some((s) => s.role === 'primary')).map((e) => e.placeId)).toEqual([
      'astana',
      'dushanbe',
      'dushanbe',
      'dushanbe',
      'tashkent',
    ]);
  });

  it('reads a long line of presidents ending in a full stop as body text: "Hassan" is Rouhani there, not the Indian town', () => {
    const { bundle } = buildBundle([evalText('c02_bishkek-sco-heads-of-state-council.txt')], loadKnowledge(), gazetteerIndex());
    // "President of the Islamic Republic of Afghanistan Ashraf Ghani, ... Iran Hassan Rouhani, and President of Mongolia Khaltmaagiin Battulga are also expected to participate in the event."
    expect(bundle.places.map((p) => p.name)).not.toContain('Hassan');
    const event = bundle.events.find((e) => e.sources.some((s) => s.role === 'primary'))!;
    expect(event.actorIds).toEqual(expect.arrayContaining(['hassan-rouhani', 'ashraf-ghani', 'iran', 'afghanistan', 'mongolia']));
  });

  it('adds the places the knowledge file lacks that a document names, with their state, sorted by id', () => {
    const { bundle } = buildBundle([BURABAY, BRATISLAVA], loadKnowledge(), gazetteerIndex());
    expect(bundleSchema.safeParse(bundle).success).toBe(true);
    const added = bundle.places.filter((p) => !loadKnowledge().places.some((k) => k.id === p.id));
    expect(added.map(({ id, country }) => ({ id, country }))).toEqual([
      { id: 'bratislava', country: 'slovakia' },
      { id: 'burabay', country: 'kazakhstan' },
    ]);
    expect(bundle.places.map((p) => p.id)).toEqual([...bundle.places.map((p) => p.id)].sort());
    const mention = bundle.mentions.find((m) => m.id === 'burabay')!;
    expect(BURABAY.text.slice(mention.start, mention.end)).toBe('Burabay');
  });

  it('is deterministic: the same texts in another order give the same bytes', () => {
    const a = buildBundle([BURABAY, ASHGABAT, BRATISLAVA], loadKnowledge(), gazetteerIndex()).bundle;
    const b = buildBundle([BRATISLAVA, BURABAY, ASHGABAT], loadKnowledge(), gazetteerIndex()).bundle;
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('keeps the knowledge file’s place when the gazetteer finds the same city under a name the knowledge lacks', () => {
    // "ASHGABAT (UrduPoint News ..." is a dateline in capitals, which only the gazetteer reads.
    const knowledge = loadKnowledge();
    const { bundle } = buildBundle([ASHGABAT], knowledge, gazetteerIndex());
    const caps = bundle.mentions.find((m) => ASHGABAT.text.slice(m.start, m.end) === 'ASHGABAT')!;
    expect(caps).toMatchObject({ type: 'place', id: 'ashgabat' });
    const { id, name, country, lat, lon } = knowledge.places.find((p) => p.id === 'ashgabat')!;
    expect(bundle.places.filter((p) => p.name === 'Ashgabat')).toEqual([{ id, name, country, lat, lon }]);
    expect(bundle.places).toHaveLength(knowledge.places.length);
  });

  it('gives a knowledge place its id and record under the gazetteer’s spelling', () => {
    // Eval 06's last sentence with the next meeting moved to Termez, spelt as GeoNames spells it.
    const text =
      'CIS summit\n\nOn 11 October 2019 the heads of state met. The next meeting is scheduled for October 16, which will be held in Uzbekistan’s Tirmiz.';
    const { bundle } = buildBundle([{ id: 'tirmiz', text }], loadKnowledge(), gazetteerIndex());
    expect(bundle.mentions.filter((m) => m.type === 'place').map((m) => m.id)).toEqual(['termez']);
    expect(bundle.places.find((p) => p.id === 'termez')).toMatchObject({ name: 'Termez', lat: 37.2242 });
    expect(bundle.places.some((p) => p.id === 'tirmiz')).toBe(false);
  });
});
