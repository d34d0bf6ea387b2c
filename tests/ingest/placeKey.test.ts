import { describe, expect, it } from 'vitest';
import { foldWord, placeKey, wordCount, wordsOf } from '../../src/ingest/placeKey';
import { evalText } from './evalFixtures';
import { passage } from './passages';

/** The words of a text as written. */
const wordsIn = (text: string) => wordsOf(text).map((w) => text.slice(w.start, w.end));

describe('wordsOf on real text', () => {
  it('splits the dateline "QINGDAO /China/, June 10. /TASS/." into its words with their ranges (05, Qingdao)', () => {
    const text = passage(evalText('05_'), 'QINGDAO /China/, June 10. /TASS/.');
    expect(wordsIn(text)).toEqual(['QINGDAO', 'China', 'June', '10', 'TASS']);
    expect(wordsOf(text).slice(0, 2)).toEqual([
      { start: 0, end: 7 },
      { start: 9, end: 14 },
    ]);
  });

  it('keeps accented letters inside a word and splits at an en dash: "Ukhnaagiin Khürelsükh", "Central Asia–Russia" (d18, d36)', () => {
    expect(wordsIn(passage(evalText('d18_'), 'Ukhnaagiin Khürelsükh'))).toEqual(['Ukhnaagiin', 'Khürelsükh']);
    expect(wordsIn(passage(evalText('d36_'), '“Central Asia–Russia” Summit'))).toEqual(['Central', 'Asia', 'Russia', 'Summit']);
  });
});

describe('foldWord', () => {
  it('lowercases and strips accents: "Türkiye" (d40), "Khürelsükh" (d18), "António" (d05)', () => {
    expect(foldWord(passage(evalText('d40_'), 'Türkiye'))).toBe('turkiye');
    expect(foldWord(passage(evalText('d18_'), 'Khürelsükh'))).toBe('khurelsukh');
    expect(foldWord(passage(evalText('d05_'), 'António'))).toBe('antonio');
  });

  it('leaves a plain word as it is, in lower case', () => {
    expect(foldWord('QINGDAO')).toBe('qingdao');
    expect(foldWord('Dushanbe')).toBe('dushanbe');
  });
});

describe('placeKey and wordCount', () => {
  it('gives "St. Petersburg" (b13) and "ST. PETERSBURG" the one key "st petersburg", of two words', () => {
    const written = passage(evalText('b13_'), 'St. Petersburg');
    expect(placeKey(written)).toBe('st petersburg');
    expect(placeKey(written.toUpperCase())).toBe('st petersburg');
    expect(wordCount(written)).toBe(2);
  });

  it('gives an accented name the key of its plain spelling: "Türkiye" is "turkiye" (d40)', () => {
    expect(placeKey(passage(evalText('d40_'), 'Türkiye'))).toBe(placeKey('Turkiye'));
  });

  it('does not give "Russia’s" the key of Russia: the possessive is a word of its own (a12)', () => {
    const written = passage(evalText('a12_'), 'Russia’s St. Petersburg');
    expect(placeKey(written)).toBe('russia s st petersburg');
    expect(placeKey('Russia’s')).not.toBe(placeKey('Russia'));
  });
});
