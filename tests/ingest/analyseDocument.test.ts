import { describe, expect, it } from 'vitest';
import { analyseDocument, inMeta } from '../../src/ingest/analyseDocument';
import { linkGazetteer } from '../../src/ingest/gazetteer';
import { buildAliasIndex } from '../../src/ingest/matcher';
import { gazetteerIndex } from '../gazetteerFixtures';
import { loadKnowledge, seedText } from '../seedFixtures';
import { evalText } from './evalFixtures';
import { spanOf } from './passages';

const knowledge = loadKnowledge();
const index = buildAliasIndex(knowledge);
const analyse = (text: string, fallbackYear = 2026) => analyseDocument('doc', text, index, undefined, { fallbackYear });

describe('analyseDocument on a datelined Khovar report (seed 004)', () => {
  const text = seedText('004');
  const doc = analyse(text);

  it('reads the dateline "DUSHANBE, 24.06.2021 (NIAT Khovar)" as the page’s own line and its date as the reference', () => {
    const dateline = spanOf(text, 'DUSHANBE, 24.06.2021 (NIAT Khovar)');
    expect(doc.metaSpans).toEqual([{ ...dateline, text: 'DUSHANBE, 24.06.2021 (NIAT Khovar)' }]);
    expect(doc.reference).toEqual({ iso: '2021-06-24', ...spanOf(text, '24.06.2021'), text: '24.06.2021', source: 'dateline' });
  });

  it('counts "Yesterday" from that reference, and keeps the dates the text states', () => {
    const yesterday = doc.dates.find((d) => d.text === 'Yesterday');
    expect(yesterday).toMatchObject({ relative: true, relativeValue: '2021-06-23' });
    expect(doc.dates.find((d) => d.text === 'June 15, 2001')?.from).toEqual({ year: 2001, month: 6, day: 15 });
  });

  it('finds the ten delegates under the knowledge file’s ids, each with the office the text gives them', () => {
    const people = [...new Set(doc.names.filter((n) => n.type === 'person').map((n) => n.id))];
    expect(people).toEqual([
      'nasrullo-mahmudzoda',
      'ajit-doval',
      'asset-issekeshev',
      'zhao-kezhi',
      'marat-imankulov',
      'moid-yusuf',
      'nikolai-patrushev',
      'bobur-usmanov',
      'vladimir-norov',
      'jumakhon-giyosov',
    ]);
    expect(doc.roles.map((r) => r.personId)).toEqual(people);
    expect(doc.people).toEqual([]);
    expect(doc.unresolved).toEqual([]);
  });

  it('sets "Dushanbe" of "the Dushanbe Declaration of the Heads of State" aside, and finds no quotation', () => {
    const at = text.indexOf('Dushanbe Declaration');
    expect(doc.attributive).toEqual([{ start: at, end: at + 'Dushanbe'.length, type: 'place', id: 'dushanbe' }]);
    expect(doc.quotes).toEqual([]);
    // Without a gazetteer, places the knowledge file does not have are not looked for.
    expect(doc.places).toEqual([]);
  });
});

describe('inMeta', () => {
  it('is true for "DUSHANBE" in the dateline and false for the Dushanbe of the headline (seed 004)', () => {
    const text = seedText('004');
    const doc = analyse(text);
    expect(inMeta(doc, spanOf(text, 'DUSHANBE'))).toBe(true);
    expect(inMeta(doc, spanOf(text, 'Dushanbe Hosts'))).toBe(false);
    // A span that runs out of the dateline is not in it.
    expect(inMeta(doc, spanOf(text, '(NIAT Khovar) – Yesterday'))).toBe(false);
  });
});

describe('analyseDocument and the year of a dateline without one', () => {
  it('completes "Samarkand, Sep 17 (UNI)" with 2022, since "next summit will be held in India in 2023" (08)', () => {
    const text = evalText('08_');
    const doc = analyse(text);
    expect(doc.meta.reference).toBeUndefined();
    expect(doc.reference).toMatchObject({ iso: '2022-09-17', text: 'Sep 17', source: 'dateline' });
    expect(doc.reference?.yearFrom).toMatchObject({
      year: 2022,
      basis: 'inferred',
      reason: 'the next meeting is planned for 2023, so this one is taken to be in 2022',
    });
    expect(doc.reference?.yearFrom?.evidence.map((e) => e.text)).toEqual(['next summit will be held in India in 2023']);
  });

  it('leaves the year of a text that never gives one to the year it is read in, as a guess (01, Astana)', () => {
    const text = evalText('01_');
    expect(analyse(text, 2026).yearHints.supported).toBeUndefined();
    expect(analyse(text, 2026).yearHints.guess).toMatchObject({ year: 2026, basis: 'year-unknown' });
    expect(analyse(text, 2030).yearHints.guess.year).toBe(2030);
  });
});

describe('analyseDocument, other parts', () => {
  it('gives "plain" the offsets of the text, with its no-break spaces as plain spaces (seed 000)', () => {
    const text = seedText('000');
    const doc = analyse(text);
    expect(text).toContain('over\u00a0400 delegates');
    expect(doc.plain).toHaveLength(text.length);
    expect(doc.plain.slice(spanOf(text, 'over\u00a0400').start, spanOf(text, 'over\u00a0400').end)).toBe('over 400');
    // Figures and quotations are read in the plain text but keep the original words.
    expect(doc.figures[0]).toMatchObject({ text: 'over\u00a0400 delegates', value: 400 });
    expect(doc.quotes.every((q) => q.speakerId === 'rashid-alimov')).toBe(true);
  });

  it('is pure: the same text gives the same analysis (seed 002)', () => {
    expect(analyse(seedText('002'))).toEqual(analyse(seedText('002')));
  });

  it('with the gazetteer, lists Burabay, "the Kazakh village of Burabay", as a place the knowledge file does not have (04)', () => {
    const gazetteer = linkGazetteer(gazetteerIndex(), knowledge.places);
    const doc = analyseDocument('doc', evalText('04_'), index, gazetteer, { fallbackYear: 2026 });
    expect(doc.places.map((p) => [p.id, p.country])).toContainEqual(['burabay', 'kazakhstan']);
    expect(doc.places.some((p) => knowledge.places.some((k) => k.id === p.id))).toBe(false);
    expect(analyse(evalText('04_')).places).toEqual([]);
  });
});
