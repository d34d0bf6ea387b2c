import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { facetCounts } from '../../src/filter/facetCounts';
import { facetValues, filterByFacets, filterEvents, filterInWindow, inWindow, matchesFacets } from '../../src/filter/filterEvents';
import type { FacetSelection } from '../../src/state/viewState';
import { FACET_KEYS, type FacetKey } from '../../src/state/viewState';
import { seedBundle } from '../seedFixtures';

const { bundle } = seedBundle();
const none = { actors: [], topics: [], places: [], kinds: [] };
/** Every id the seed events carry for one facet. */
const valuesOf = (key: 'actors' | 'topics' | 'places' | 'kinds') => [
  ...new Set(
    bundle.events.flatMap((e) =>
      key === 'actors' ? e.actorIds : key === 'topics' ? e.topicIds : key === 'places' ? (e.placeId ? [e.placeId] : []) : [e.kind],
    ),
  ),
];

describe('filterEvents', () => {
  it('finds the meetings Voronkov attended: Tashkent 2024 and Dushanbe 2022', () => {
    const ids = filterEvents(bundle.events, { ...none, actors: ['vladimir-voronkov'] }).map((e) => e.id);
    expect(ids).toEqual(['2022-10-18-dushanbe-conference', '2024-09-04-tashkent-conference']);
  });

  it('narrows with a second facet (AND across facets)', () => {
    const ids = filterEvents(bundle.events, { ...none, actors: ['vladimir-voronkov'], topics: ['border-security'] }).map((e) => e.id);
    expect(ids).toEqual(['2022-10-18-dushanbe-conference']);
  });

  it('widens with a second value of one facet (OR within a facet)', () => {
    const one = filterEvents(bundle.events, { ...none, places: ['tashkent'] });
    const two = filterEvents(bundle.events, { ...none, places: ['tashkent', 'astana'] });
    expect(two.length).toBe(one.length + filterEvents(bundle.events, { ...none, places: ['astana'] }).length);
  });

  it('keeps only events overlapping the window', () => {
    const sept2024 = filterEvents(bundle.events, none, { from: Date.UTC(2024, 8, 1), to: Date.UTC(2024, 9, 1) }).map((e) => e.id);
    expect(sept2024).toContain('2024-09-04-tashkent-conference');
    expect(sept2024).not.toContain('2022-10-18-dushanbe-conference');
  });

  it('never returns an event that misses a selected facet, for any selection', () => {
    const ids = valuesOf;
    const sel = fc.record({
      actors: fc.subarray(ids('actors'), { maxLength: 3 }),
      topics: fc.subarray(ids('topics'), { maxLength: 2 }),
      places: fc.subarray(ids('places'), { maxLength: 2 }),
      kinds: fc.subarray(ids('kinds'), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(sel, (selection) => {
        const out = filterEvents(bundle.events, selection);
        for (const e of out) expect(matchesFacets(e, selection)).toBe(true);
        expect(out.length).toBe(bundle.events.filter((e) => matchesFacets(e, selection)).length);
      }),
    );
  });
});

/** The definition, written plainly: every selected facet but `except` shares at least one id with the event. */
const plainMatch = (e: (typeof bundle.events)[number], selection: FacetSelection, except?: FacetKey) =>
  FACET_KEYS.every((k) => k === except || selection[k].length === 0 || selection[k].some((id) => facetValues(e, k).includes(id)));

describe('facetMatcher', () => {
  it('agrees with the plain definition for any selection, with and without a facet left out', () => {
    const sel = fc.record({
      actors: fc.subarray([...valuesOf('actors'), 'nobody'], { maxLength: 3 }),
      topics: fc.subarray(valuesOf('topics'), { maxLength: 2 }),
      places: fc.subarray(valuesOf('places'), { maxLength: 2 }),
      kinds: fc.subarray(valuesOf('kinds'), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(sel, fc.constantFrom(undefined, ...FACET_KEYS), (selection, except) => {
        const want = bundle.events.filter((e) => plainMatch(e, selection, except));
        expect(filterByFacets(bundle.events, selection, except)).toEqual(want);
        for (const e of bundle.events) expect(matchesFacets(e, selection, except)).toBe(plainMatch(e, selection, except));
      }),
      { numRuns: 150 },
    );
  });

  it('never matches an event without a place when places are selected', () => {
    const noPlace = { ...bundle.events[0]!, placeId: undefined };
    expect(matchesFacets(noPlace, { ...none, places: ['dushanbe'] })).toBe(false);
    expect(matchesFacets(noPlace, { ...none, places: ['dushanbe'] }, 'places')).toBe(true);
  });
});

describe('filterInWindow', () => {
  it('keeps the events overlapping the window, in order, every time it is asked', () => {
    const list = [...bundle.events];
    const day = fc.integer({ min: Date.UTC(2000, 0, 1) / 864e5, max: Date.UTC(2027, 0, 1) / 864e5 });
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 4000 }), (d, days) => {
        const [from, to] = [d * 864e5, (d + days) * 864e5];
        const want = list.filter((e) => inWindow(e, from, to));
        expect(filterInWindow(list, from, to)).toEqual(want);
        expect(filterInWindow(list, from, to)).toEqual(want);
      }),
      { numRuns: 200 },
    );
    expect(filterInWindow(list, Date.UTC(2024, 8, 1), Date.UTC(2024, 9, 1)).map((e) => e.id)).toContain('2024-09-04-tashkent-conference');
  });
});

describe('facetCounts', () => {
  it('counts, for each value, the events it would match given the other facets', () => {
    const selection = { ...none, actors: ['vladimir-voronkov'] };
    const counts = facetCounts(bundle.events, selection);
    expect(counts.topics.get('border-security')).toBe(1);
    expect(counts.places.get('dushanbe')).toBe(1);
    expect(counts.places.get('tashkent')).toBe(1);
    // The actors facet ignores its own selection: ticking another actor would widen the view.
    expect(counts.actors.get('rashid-alimov')).toBe(bundle.events.filter((e) => e.actorIds.includes('rashid-alimov')).length);
  });

  it('matches what ticking the value would show', () => {
    const selection = { ...none, topics: ['terrorism'] };
    const counts = facetCounts(bundle.events, selection);
    for (const [place, n] of counts.places) {
      expect(filterEvents(bundle.events, { ...selection, places: [place] }).length).toBe(n);
    }
  });
});

describe('facetCounts on every selection', () => {
  it('equals counting, value by value, the events that ticking it would show', () => {
    const values = valuesOf;
    const sel = fc.record({
      actors: fc.subarray(values('actors'), { maxLength: 2 }),
      topics: fc.subarray(values('topics'), { maxLength: 2 }),
      places: fc.subarray(values('places'), { maxLength: 2 }),
      kinds: fc.subarray(values('kinds'), { maxLength: 1 }),
    });
    fc.assert(
      fc.property(sel, (selection) => {
        const counts = facetCounts(bundle.events, selection);
        for (const key of ['actors', 'topics', 'places', 'kinds'] as const) {
          for (const v of values(key)) {
            const expected = bundle.events.filter((e) => plainMatch(e, selection, key) && plainMatch(e, { ...none, [key]: [v] })).length;
            expect(counts[key].get(v) ?? 0).toBe(expected);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
