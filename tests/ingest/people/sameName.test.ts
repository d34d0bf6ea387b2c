import { describe, expect, it } from 'vitest';
import { foldName, nameParts, samePersonReason, sameWord } from '../../../src/ingest/people/sameName';
import { seedText } from '../../seedFixtures';
import { evalText } from '../evalFixtures';
import { passage } from '../passages';

// Spellings of one person in two real texts, each read from its file.
const rakhmon = () => passage(seedText('000'), 'Emomali Rakhmon');
const rahmon = () => passage(seedText('003'), 'Emomali Rahmon');
const mukhriddin = () => passage(evalText('09_'), 'Sirojiddin Mukhriddin');
const muhriddin = () => passage(evalText('d06_'), 'Sirojiddin Muhriddin');

describe('foldName', () => {
  it('folds "Rakhmon" (seed 000) and "Rahmon" (seed 003) to one spelling, "kh" as "h"', () => {
    expect(foldName(rakhmon())).toBe('emomalirahmon');
    expect(foldName(rahmon())).toBe('emomalirahmon');
  });

  it('folds "Nikolay Bordyuzha" (a05) and "Nikolai Bordyuzha" (a07) to one spelling, "y" as "i"', () => {
    expect(foldName(passage(evalText('a05_'), 'Nikolay Bordyuzha'))).toBe(foldName(passage(evalText('a07_'), 'Nikolai Bordyuzha')));
    expect(foldName('Nikolai Bordyuzha')).toBe('nikolaibordiuzha');
  });

  it('drops doubled letters and accents: "Kassym-Jomart" (07), "António" (d05)', () => {
    expect(foldName(passage(evalText('07_'), 'Kassym-Jomart'))).toBe('kasimjomart');
    expect(foldName(passage(evalText('d05_'), 'António'))).toBe('antonio');
  });
});

describe('sameWord', () => {
  it('takes "Sarkisian" (04) and "Sargsyan" (a05) for one surname, two letters apart in a long word', () => {
    expect(sameWord(passage(evalText('04_'), 'Sarkisian'), passage(evalText('a05_'), 'Sargsyan'))).toBe(true);
  });

  it('takes "Atambaev" (a07) and "Atambayev" (a08) for one surname', () => {
    expect(sameWord(passage(evalText('a07_'), 'Atambaev'), passage(evalText('a08_'), 'Atambayev'))).toBe(true);
  });

  it('does not take "Norov" for "Voronkov" (seed 004, seed 003), nor "Lebedev" (06) for "Lavrov" (d30)', () => {
    expect(sameWord(passage(seedText('004'), 'Norov'), passage(seedText('003'), 'Voronkov'))).toBe(false);
    expect(sameWord(passage(evalText('06_'), 'Lebedev'), passage(evalText('d30_'), 'Lavrov'))).toBe(false);
  });
});

describe('nameParts', () => {
  it('splits "Marc Perrin de Brichambaut" (b06) into given names and a surname, leaving the particle out', () => {
    expect(nameParts(passage(evalText('b06_'), 'Marc Perrin de Brichambaut'))).toEqual({
      given: ['Marc', 'Perrin'],
      surname: 'Brichambaut',
    });
  });

  it('gives a lone surname, "Saudabayev" (b06), no given names', () => {
    expect(nameParts(passage(evalText('b06_'), 'Saudabayev emphasized').split(' ')[0]!)).toEqual({ given: [], surname: 'Saudabayev' });
  });
});

describe('samePersonReason', () => {
  it('joins "Emomali Rakhmon" and "Emomali Rahmon" as one name in two transliterations (seed 000, seed 003)', () => {
    expect(samePersonReason(rakhmon(), rahmon())).toBe('the same name in another transliteration');
  });

  it('joins "Sirojiddin Mukhriddin" (09) and "Sirojiddin Muhriddin" (d06), the Tajik foreign minister in both', () => {
    expect(samePersonReason(mukhriddin(), muhriddin())).toBe('the same name in another transliteration');
  });

  it('joins "Serzh Sarkisian" (04) and "Serzh Sargsyan" (a05) as spelling variants, and says which words differ', () => {
    expect(samePersonReason(passage(evalText('04_'), 'Serzh Sarkisian'), passage(evalText('a05_'), 'Serzh Sargsyan'))).toBe(
      'surname "Sarkisian"/"Sargsyan" and first name "Serzh"/"Serzh" are spelling variants',
    );
  });

  it('never joins a shared first name alone: "Vladimir Voronkov" and "Vladimir Norov" (seed 003, seed 004)', () => {
    expect(samePersonReason(passage(seedText('003'), 'Vladimir Voronkov'), passage(seedText('004'), 'Vladimir Norov'))).toBeUndefined();
  });

  it('never joins "Sergei Lebedev" (06) and "Sergei Lavrov" (d30), nor a lone surname to a full name', () => {
    expect(samePersonReason(passage(evalText('06_'), 'Sergei Lebedev'), passage(evalText('d30_'), 'Sergei Lavrov'))).toBeUndefined();
    expect(samePersonReason('Saudabayev', passage(evalText('b06_'), 'Kanat Saudabayev'))).toBeUndefined();
  });
});
