import { describe, expect, it } from 'vitest';
import { buildAliasIndex, matchNames } from '../../../src/ingest/matcher';
import { findNameRuns } from '../../../src/ingest/people/nameTokens';
import { loadKnowledge, seedText } from '../../seedFixtures';
import { evalText } from '../evalFixtures';
import { passage } from '../passages';

const index = buildAliasIndex(loadKnowledge());

/** The name runs of a passage, with what the knowledge file matches there taken, as findPeople takes it. */
function runsIn(text: string) {
  const taken = new Uint8Array(text.length);
  const placeAt = new Uint8Array(text.length);
  for (const k of matchNames(text, index).names) (k.type === 'place' ? placeAt : taken).fill(1, k.start, k.end);
  return findNameRuns(text, taken, placeAt);
}

describe('findNameRuns on real sentences', () => {
  it('finds the four officers of the Urumqi photo caption, ranks and nationalities left out (a09)', () => {
    const text = passage(evalText('a09_'), 'URUMQI: (From right) Qadam Shah Shahim', 'pictured during a military exercise on Wednesday.');
    const runs = runsIn(text);
    expect(runs.map((r) => r.name)).toEqual(['Qadam Shah Shahim', 'Fang Fengui', 'Raheel Sharif', 'E.A. Cobidrzoda']);
    expect(runs[0]).toMatchObject({ start: text.indexOf('Qadam'), end: text.indexOf('Qadam') + 'Qadam Shah Shahim'.length });
  });

  it('reads "E.A. Cobidrzoda" as two initials and a surname (a09)', () => {
    const text = passage(evalText('a09_'), 'Maj Gen E.A. Cobidrzoda of Tajikistan');
    const [run] = runsIn(text);
    expect(run!.tokens.map((t) => [t.text, t.initial])).toEqual([
      ['E.', true],
      ['A.', true],
      ['Cobidrzoda', false],
    ]);
    expect(text.slice(run!.start, run!.end)).toBe('E.A. Cobidrzoda');
  });

  it('keeps the particle inside "Marc Perrin de Brichambaut" and the hyphen of "Ban Ki-moon" (b06)', () => {
    const text = passage(
      evalText('b06_'),
      'This will be followed by addresses by the OSCE Chairperson-in-Office',
      'Marc Perrin de Brichambaut.',
    );
    const runs = runsIn(text);
    const marc = runs.find((r) => r.name === 'Marc Perrin de Brichambaut');
    expect(marc?.tokens.map((t) => t.particle)).toEqual([false, false, true, false]);
    expect(runs.map((r) => r.name)).toContain('Ban Ki-moon');
    expect(runs.map((r) => r.name)).toContain('Kanat Saudabayev');
    expect(runs.map((r) => r.name)).toContain('Petros Efthymiou');
  });

  it('ends a name at a possessive: "on Putin’s birthday" gives "Putin" without the "’s" (b13)', () => {
    const text = passage(evalText('b13_'), 'on Putin’s birthday on October 7');
    expect(runsIn(text).map((r) => [r.name, r.start, r.end])).toEqual([['Putin', 3, 8]]);
  });

  it('finds no run in offices, bodies and states: "Kazakh President …", "the Shanghai Cooperation Organisation", "BRICS" (03)', () => {
    const text = passage(evalText('03_'), 'Kazakh President Nursultan Nazarbayev travelled to Ufa', 'South Africa.');
    const names = runsIn(text).map((r) => r.name);
    // Brazil is no state of the knowledge file, so it stays a candidate for findPeople to judge.
    expect(names).toEqual(['Nursultan Nazarbayev', 'Brazil']);
  });

  it('finds no run inside a name the knowledge file already matched: "SCO Secretary General Rashid Alimov" (seed 000)', () => {
    expect(runsIn(passage(seedText('000'), 'as well as SCO Secretary General Rashid Alimov spoke at the plenary meeting.'))).toEqual([]);
  });
});
