import { describe, expect, it } from 'vitest';
import { actorCountryIds, actorStates, stateIndex, stateOfCountry } from '../../src/map/countryStates';
import { seedBundle } from '../seedFixtures';

describe('country states', () => {
  const { bundle } = seedBundle();
  const index = stateIndex(bundle);

  it('matches Natural Earth names to the bundle states, aliases included', () => {
    expect(stateOfCountry('Tajikistan', index)).toBe('tajikistan');
    expect(stateOfCountry('United States of America', index)).toBe('united-states');
    expect(stateOfCountry('Atlantis', index)).toBeUndefined();
  });

  it('finds the states among the actors of the events, and only those', () => {
    const conference = bundle.events.find((e) => e.id === 'dushanbe-conference-2018')!;
    const states = actorStates([conference], index);
    expect(states).toContain('tajikistan');
    expect(states).toContain('uzbekistan');
    expect(states).not.toContain('osce');
    expect(states).not.toContain('rashid-alimov');
    const countries = [
      { id: '762', name: 'Tajikistan' },
      { id: '156', name: 'China' },
    ];
    expect(actorCountryIds(countries, [conference], index)).toEqual(new Set(['762']));
  });
});
