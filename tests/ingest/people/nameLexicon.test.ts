import { describe, expect, it } from 'vitest';
import { DEMONYM_WORDS, NOT_NAME_WORDS, PARTICLES, SURNAME_TITLES, TITLE_WORDS } from '../../../src/ingest/people/nameLexicon';
import { seedText } from '../../seedFixtures';
import { evalText } from '../evalFixtures';
import { passage } from '../passages';

/** The text of a passage up to (not including) `name`, as findPeople reads what stands before a name. */
const before = (text: string, name: string) => text.slice(Math.max(0, text.indexOf(name) - 24), text.indexOf(name));
/** The capitalised words of a passage. */
const capitalised = (text: string) => text.match(/\p{Lu}[\p{L}-]*/gu) ?? [];

describe('SURNAME_TITLES before a lone surname', () => {
  it('accepts "Mr. Voronkov" (d06) and "President Rahmon" (d35)', () => {
    expect(SURNAME_TITLES.test(before(passage(evalText('d06_'), 'Counter-Terrorism, Mr. Voronkov thanked'), 'Voronkov'))).toBe(true);
    expect(SURNAME_TITLES.test(before(passage(evalText('d35_'), 'President Rahmon emphasized'), 'Rahmon'))).toBe(true);
  });

  it('does not accept "…to the SCO, Nazarbayev said" (03), nor a title with a given name between it and the surname (seed 002)', () => {
    expect(SURNAME_TITLES.test(before(passage(evalText('03_'), 'accession to the SCO, Nazarbayev said'), 'Nazarbayev'))).toBe(false);
    // "Lieutenant General Abdusalom Azizov": the title stands before the full name, not before the surname.
    expect(SURNAME_TITLES.test(before(passage(seedText('002'), 'Lieutenant General Abdusalom Azizov, Chairman'), 'Azizov'))).toBe(false);
    expect(SURNAME_TITLES.test(before(passage(seedText('002'), 'Lieutenant General Mr. Azizov emphasized'), 'Azizov'))).toBe(true);
  });
});

describe('TITLE_WORDS', () => {
  it('holds the offices before the names of seed 004: Secretary, Adviser, Director, and the lowercase "president"', () => {
    const title = new RegExp(`^(?:${TITLE_WORDS})$`, 'u');
    const offices = [
      'Secretary of the Security Council of Tajikistan',
      'Adviser to the Indian Prime Minister',
      'Director of the Executive Committee',
    ].map((o) => passage(seedText('004'), o).split(' ')[0]!);
    expect(offices.filter((w) => title.test(w))).toEqual(['Secretary', 'Adviser', 'Director']);
    expect(title.test('president')).toBe(true);
  });

  it('does not hold the bodies of seed 004: "Council", "Committee", "Structure"', () => {
    const title = new RegExp(`^(?:${TITLE_WORDS})$`, 'u');
    const text = passage(seedText('004'), 'Director of the Executive Committee of the SCO Regional Anti-Terrorist Structure');
    expect(capitalised(text).filter((w) => title.test(w))).toEqual(['Director']);
  });
});

describe('PARTICLES, DEMONYM_WORDS and NOT_NAME_WORDS', () => {
  it('has "de" of "Marc Perrin de Brichambaut" (b06) as a particle, and none of his names', () => {
    const words = passage(evalText('b06_'), 'Marc Perrin de Brichambaut').split(' ');
    expect(words.filter((w) => PARTICLES.has(w))).toEqual(['de']);
  });

  it('has the nationalities of "Kazakh President" (03) and "of the Afghan National Army" (a09)', () => {
    expect(DEMONYM_WORDS.has(passage(evalText('03_'), 'Kazakh President').split(' ')[0]!)).toBe(true);
    expect(DEMONYM_WORDS.has(passage(evalText('a09_'), 'of the Afghan National Army').split(' ')[2]!)).toBe(true);
  });

  it('keeps every capitalised word of "the Shanghai Cooperation Organization (SCO) leaders" (05) out of names', () => {
    const text = passage(evalText('05_'), 'Shanghai Cooperation Organization (SCO) leaders');
    expect(capitalised(text).every((w) => NOT_NAME_WORDS.has(w))).toBe(true);
  });

  it('has none of the names of the ten delegates of seed 004 among the words that are never part of a name', () => {
    const list = passage(seedText('004'), 'Adviser to the Indian Prime Minister for National Security Ajit Doval', 'Jumakhon Giyosov.');
    const names = [
      'Ajit',
      'Doval',
      'Asset',
      'Issekeshev',
      'Zhao',
      'Kezhi',
      'Marat',
      'Imankulov',
      'Moid',
      'Yusuf',
      'Nikolai',
      'Patrushev',
      'Bobur',
      'Usmanov',
      'Vladimir',
      'Norov',
      'Jumakhon',
      'Giyosov',
    ];
    expect(names.every((n) => list.includes(n))).toBe(true);
    expect(names.filter((n) => NOT_NAME_WORDS.has(n) || DEMONYM_WORDS.has(n))).toEqual([]);
    // The offices and bodies of the same list are all there.
    expect(
      [
        'Adviser',
        'Prime',
        'Minister',
        'National',
        'Security',
        'Member',
        'State',
        'Council',
        'Deputy',
        'Director',
        'Executive',
        'Committee',
      ].every((w) => NOT_NAME_WORDS.has(w)),
    ).toBe(true);
  });
});
