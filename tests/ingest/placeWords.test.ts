import { describe, expect, it } from 'vitest';
import { CALENDAR_WORDS, DESCRIPTORS, FUNCTION_WORDS, MEETING_WORDS, NAME_FORMING_NOUNS, PREPOSITIONS } from '../../src/ingest/placeWords';
import { seedText } from '../seedFixtures';
import { evalText } from './evalFixtures';
import { passage } from './passages';

/** The lowercased word right before `name` in a passage, and the one right after it. */
function around(text: string, name: string): { before: string; after: string } {
  const at = text.indexOf(name);
  const before = /(\p{L}+)\W*$/u.exec(text.slice(0, at))?.[1] ?? '';
  const after = /^\W*(\p{L}+)/u.exec(text.slice(at + name.length))?.[1] ?? '';
  return { before: before.toLowerCase(), after: after.toLowerCase() };
}

describe('the words around place names in real sentences', () => {
  it('has the prepositions of "travelled to Ufa" (03), "in Minsk" (09) and "opened in Dushanbe" (seed 000)', () => {
    expect(PREPOSITIONS.has(around(passage(evalText('03_'), 'travelled to Ufa, Russia'), 'Ufa').before)).toBe(true);
    expect(PREPOSITIONS.has(around(passage(evalText('09_'), '(CSTO) in Minsk.'), 'Minsk').before)).toBe(true);
    expect(PREPOSITIONS.has(around(passage(seedText('000'), 'opened in Dushanbe.'), 'Dushanbe').before)).toBe(true);
  });

  it('has the descriptors of "the Kazakh village of Burabay" (04) and "second largest city of St. Petersburg" (b13)', () => {
    const burabay = passage(evalText('04_'), 'in the Kazakh village of Burabay');
    expect(DESCRIPTORS.has('village')).toBe(true);
    expect(around(burabay, 'Burabay').before).toBe('of');
    expect(DESCRIPTORS.has(around(passage(evalText('b13_'), 'largest city of St. Petersburg'), 'of').before)).toBe(true);
  });

  it('has the nouns that make a place part of another name: "the Qingdao Declaration" (05), "St. Petersburg agreements" (a12), "Dushanbe Declaration" (seed 004)', () => {
    expect(NAME_FORMING_NOUNS.has(around(passage(evalText('05_'), 'the Qingdao Declaration'), 'Qingdao').after)).toBe(true);
    expect(NAME_FORMING_NOUNS.has(around(passage(evalText('a12_'), 'Vienna and St. Petersburg agreements'), 'Petersburg').after)).toBe(
      true,
    );
    expect(
      NAME_FORMING_NOUNS.has(around(passage(seedText('004'), 'the Dushanbe Declaration of the Heads of State'), 'Dushanbe').after),
    ).toBe(true);
  });

  it('does not count "the Astana Summit" or "the Istanbul Summit in 1999" (b06) as names that hide a place: a summit is held where it is named after', () => {
    const astana = around(passage(evalText('b06_'), 'the Astana Summit was convened'), 'Astana').after;
    const istanbul = around(passage(evalText('b06_'), 'the Istanbul Summit in 1999'), 'Istanbul').after;
    expect([astana, istanbul]).toEqual(['summit', 'summit']);
    expect(MEETING_WORDS.has('summit')).toBe(true);
    expect(NAME_FORMING_NOUNS.has('summit')).toBe(false);
  });

  it('has the month of "On 4 May 2018" (seed 000) among the calendar words, and no month among the prepositions', () => {
    const month = passage(seedText('000'), 'On 4 May 2018').split(' ')[2]!.toLowerCase();
    expect(CALENDAR_WORDS.has(month)).toBe(true);
    expect([...CALENDAR_WORDS].some((w) => PREPOSITIONS.has(w) || NAME_FORMING_NOUNS.has(w))).toBe(false);
  });

  it('has the sentence openers of seed 002 ("In his speech", "As the Head of state", "The factors") as function words, and no place name', () => {
    for (const opener of ['In his speech', 'As the Head of state emphasizes', 'The factors that threaten']) {
      expect(FUNCTION_WORDS.has(passage(seedText('002'), opener).split(' ')[0]!.toLowerCase())).toBe(true);
    }
    for (const place of ['dushanbe', 'tashkent', 'minsk', 'ufa', 'astana']) {
      expect(
        [PREPOSITIONS, DESCRIPTORS, NAME_FORMING_NOUNS, MEETING_WORDS, CALENDAR_WORDS, FUNCTION_WORDS].some((set) => set.has(place)),
      ).toBe(false);
    }
  });

  it('keeps meetings and name-forming nouns apart, so no word is both held at a place and named after it', () => {
    expect([...MEETING_WORDS].filter((w) => NAME_FORMING_NOUNS.has(w))).toEqual([]);
  });
});
