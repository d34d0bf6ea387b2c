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

describe('actorCountryIds', () => {
  const { bundle } = seedBundle();
  const index = stateIndex(bundle);
  const countries = [
    { id: '762', name: 'Tajikistan' },
    { id: '860', name: 'Uzbekistan' },
    { id: '398', name: 'Kazakhstan' },
    { id: '156', name: 'China' },
    { id: '840', name: 'United States of America' },
    { id: '999', name: 'Atlantis' },
  ];

  it('tints the countries of the states among the actors, for any selection of events', () => {
    for (let n = 0; n <= bundle.events.length; n += 3) {
      const events = bundle.events.slice(0, n);
      const states = actorStates(events, index);
      const want = new Set(countries.filter((c) => states.has(stateOfCountry(c.name, index) ?? '')).map((c) => c.id));
      expect(actorCountryIds(countries, events, index)).toEqual(want);
    }
    expect(actorCountryIds(countries, bundle.events, index).size).toBeGreaterThan(0);
  });
});
