import { describe, expect, it } from 'vitest';
import { buildAliasIndex, findUnresolvedNames, matchNames } from '../../src/ingest/matcher';
import { normaliseSpaces } from '../../src/ingest/text';
import { loadKnowledge, seedText } from '../seedFixtures';
import { evalText } from './evalFixtures';
import { passage, spanOf } from './passages';

const index = buildAliasIndex(loadKnowledge());

/** The matches of a layer as "written -> type:id", in text order. */
const written = (text: string, matches: { start: number; end: number; type: string; id: string }[]) =>
  matches.map((m) => `${text.slice(m.start, m.end)} -> ${m.type}:${m.id}`);

describe('buildAliasIndex on the seed knowledge file', () => {
  it('lists names longest first and keeps surnames for honorifics', () => {
    const lengths = index.names.map((n) => n.alias.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect(index.surnames.get('Alimov')).toEqual(['rashid-alimov']);
    expect(index.surnames.get('Rahmon')).toEqual(['emomali-rahmon']);
    // Topic keywords are matched in lowercase.
    expect(index.topics.every((t) => t.alias === t.alias.toLowerCase())).toBe(true);
  });
});

describe('matchNames on real texts', () => {
  it('reads the lead of the Dushanbe conference report: the full title "Republic of Tajikistan" over "Tajikistan", and "Emomali Rakhmon" as Rahmon (seed 000)', () => {
    const text = passage(seedText('000'), 'President of the Republic of Tajikistan Emomali Rakhmon', 'conference participants.');
    const { names } = matchNames(text, index);
    expect(written(text, names)).toEqual(['Republic of Tajikistan -> state:tajikistan', 'Emomali Rakhmon -> person:emomali-rahmon']);
    expect(names[0]).toEqual({ ...spanOf(text, 'Republic of Tajikistan'), type: 'state', id: 'tajikistan' });
  });

  it('takes "SCO\'s Regional Anti-Terrorist Structure" as the RATS, not as the SCO (seed 000)', () => {
    const text = passage(seedText('000'), 'Mr. Alimov singled out the role', 'persons involved in terrorist activity.');
    const { names } = matchNames(normaliseSpaces(seedText('000')).slice(0, 800) + text, index);
    const rats = names.filter((n) => n.id === 'rats-sco');
    expect(rats).toHaveLength(1);
    expect(names.some((n) => n.id === 'sco' && n.start === rats[0]!.start)).toBe(false);
  });

  it('resolves "Mr. Voronkov" only where the text has named Vladimir Voronkov in full (d06, seed 003: the same Dushanbe conference)', () => {
    // d06 never gives his first name, so its "Mr. Voronkov" is nobody the knowledge file knows.
    const closing = passage(evalText('d06_'), 'Presenting the Co-Chair’s Summary of the Conference', 'for hosting the conference.');
    expect(matchNames(closing, index).names.filter((n) => n.type === 'person')).toEqual([]);
    // After seed 003's sentence that names him, the honorific resolves to him, over its whole range.
    const opening = passage(seedText('003'), 'The high-level event was opened by', 'Vladimir Voronkov.');
    const text = `${opening}\n\n${closing}`;
    const mr = spanOf(text, 'Mr. Voronkov');
    expect(
      written(
        text,
        matchNames(text, index).names.filter((n) => n.type === 'person'),
      ),
    ).toEqual(['Vladimir Voronkov -> person:vladimir-voronkov', 'Mr. Voronkov -> person:vladimir-voronkov']);
    expect(matchNames(text, index).names).toContainEqual({ ...mr, type: 'person', id: 'vladimir-voronkov' });
  });

  it('sets "Shanghai" in "the time-tested Shanghai Convention" aside as attributive, not as a place (seed 000)', () => {
    const text = passage(seedText('000'), 'noting that the time-tested Shanghai Convention', 'practical significance.');
    const found = matchNames(text, index);
    expect(found.names.filter((n) => n.type === 'place')).toEqual([]);
    expect(found.attributive).toEqual([{ ...spanOf(text, 'Shanghai'), type: 'place', id: 'shanghai' }]);
  });

  it('keeps "Dushanbe" in the headline "Dushanbe Hosts SCO Security Council Secretaries Meeting" a place, and "the Dushanbe Declaration" attributive (seed 004)', () => {
    const plain = normaliseSpaces(seedText('004'));
    const found = matchNames(plain, index);
    expect(found.names[0]).toEqual({ start: 0, end: 8, type: 'place', id: 'dushanbe' });
    expect(found.attributive.map((n) => plain.slice(n.start, n.end + ' Declaration'.length))).toEqual(['Dushanbe Declaration']);
  });

  it('does not find the UN inside "UNODC", and finds CICA by its acronym and its full name (07, Astana)', () => {
    const plain = normaliseSpaces(evalText('07_'));
    const { names } = matchNames(plain, index);
    const unodc = spanOf(plain, 'UNODC participated');
    expect(names.some((n) => n.start >= unodc.start && n.start < unodc.start + 5)).toBe(false);
    expect(names.filter((n) => n.id === 'united-nations')).toEqual([]);
    expect(names).toContainEqual({
      ...spanOf(plain, 'Conference on Interaction and Confidence-Building Measures in Asia'),
      type: 'organisation',
      id: 'cica',
    });
  });

  it('matches topic keywords whatever their case: "Fight Terrorism" in the headline (07, Astana)', () => {
    const plain = normaliseSpaces(evalText('07_'));
    const { topics } = matchNames(plain, index);
    expect(topics[0]).toEqual({ ...spanOf(plain, 'Terrorism'), type: 'topic', id: 'terrorism' });
    expect(written(plain, topics).slice(0, 2)).toEqual(['Terrorism -> topic:terrorism', 'pandemic -> topic:pandemic']);
  });
});

describe('findUnresolvedNames on real texts', () => {
  it('lists "Kassym-Jomart Tokayev", whom the knowledge file does not know, and not the offices around him (07, Astana)', () => {
    const plain = normaliseSpaces(evalText('07_'));
    const unresolved = findUnresolvedNames(plain, matchNames(plain, index).names).map((u) => u.text);
    expect(unresolved.filter((u) => u === 'Kassym-Jomart Tokayev')).toHaveLength(2);
    expect(unresolved.some((u) => /President|Republic/.test(u))).toBe(false);
  });

  it('lists nobody in seed 004, whose ten delegates the knowledge file all knows', () => {
    const plain = normaliseSpaces(seedText('004'));
    expect(findUnresolvedNames(plain, matchNames(plain, index).names)).toEqual([]);
  });
});
