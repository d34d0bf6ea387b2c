import { describe, expect, it } from 'vitest';
import { aliasPattern, findAlias } from '../../src/ingest/eventAliases';
import { seedText } from '../seedFixtures';
import { evalText } from './evalFixtures';
import { passage } from './passages';

// Aliases of the seed knowledge file's events.
const CONVENTION = 'convention on countering extremism';
const SCO_CONVENTION = 'SCO Convention on Countering Extremism';
const ESTABLISHMENT = 'Declaration on the Establishment of the Shanghai Cooperation Organisation';

describe('findAlias on real sentences', () => {
  it('finds "the convention on countering extremism" as written in the TASS comment (seed 001)', () => {
    const text = passage(seedText('001'), 'Responding to a request from TASS', 'dangerous phenomenon.');
    const at = text.indexOf('convention on countering extremism at the summit');
    expect(findAlias(text, CONVENTION)).toEqual({ at, length: CONVENTION.length });
  });

  it('finds the same convention written "the Convention on Combating Extremism" (d24, Astana)', () => {
    const text = passage(evalText('d24_'), 'ASTANA, June 9. /TASS/.', 'in the group.');
    const written = 'Convention on Combating Extremism';
    expect(findAlias(text, CONVENTION)).toEqual({ at: text.indexOf(written), length: written.length });
  });

  it('finds the declaration written "Organization" and in lower case (d19), under the alias spelled "Organisation"', () => {
    const text = passage(
      evalText('d19_'),
      'The declaration on the establishment of the Shanghai Cooperation Organization',
      'Tajikistan and Uzbekistan.',
    );
    expect(findAlias(text, ESTABLISHMENT)).toEqual({ at: 4, length: ESTABLISHMENT.length });
  });

  it('finds "Shanghai Convention" at the start of "Shanghai Convention on Combatting Terrorism, Separatism and Extremism" (seed 001)', () => {
    const text = passage(seedText('001'), 'He recalled that the leaders of the SCO member states', 'Separatism and Extremism.');
    expect(findAlias(text, 'Shanghai Convention')).toEqual({
      at: text.indexOf('Shanghai Convention on Combatting'),
      length: 'Shanghai Convention'.length,
    });
  });

  it('does not find the "SCO Convention on Countering Extremism" where the text has no "SCO" before it (d24), nor a convention in "Shanghai Cooperation Organisation" (seed 001)', () => {
    expect(findAlias(passage(evalText('d24_'), 'ASTANA, June 9. /TASS/.', 'in the group.'), SCO_CONVENTION)).toBeUndefined();
    expect(
      findAlias(passage(seedText('001'), 'Responding to a request from TASS', 'dangerous phenomenon.'), 'Shanghai Convention'),
    ).toBeUndefined();
  });
});

describe('aliasPattern', () => {
  it('is case-insensitive and built once per alias', () => {
    const re = aliasPattern(CONVENTION);
    expect(re.flags).toBe('i');
    expect(aliasPattern(CONVENTION)).toBe(re);
  });

  it('lets each variant word stand for the others, and leaves other words literal', () => {
    const re = aliasPattern(CONVENTION);
    // seed 000: "the SCO Convention on Countering Extremism, signed in 2017"; d24: "the Convention on Combating Extremism".
    expect(re.exec(passage(seedText('000'), 'the SCO Convention on Countering Extremism, signed in 2017'))?.[0]).toBe(
      'Convention on Countering Extremism',
    );
    // seed 001: the Shanghai Convention "on Combatting Terrorism, Separatism and Extremism" is another convention.
    expect(re.test(passage(seedText('001'), 'the Shanghai Convention on Combatting Terrorism, Separatism and Extremism'))).toBe(false);
  });
});
