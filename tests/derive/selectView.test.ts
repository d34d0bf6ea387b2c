import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/data/bundleSchema';
import { buildBundleIndex } from '../../src/derive/bundleIndex';
import { selectView } from '../../src/derive/selectView';
import { facetCounts } from '../../src/filter/facetCounts';
import { filterByFacets, filterEvents, filterInWindow } from '../../src/filter/filterEvents';
import { generateBundle } from '../../src/synthetic/generateBundle';
import { FACET_KEYS, type FacetSelection } from '../../src/state/viewState';
import { seedBundle } from '../seedFixtures';

const none: FacetSelection = { actors: [], topics: [], places: [], kinds: [] };
const ids = (events: readonly EventRecord[]) => events.map((e) => e.id).sort();
const plain = (counts: ReturnType<typeof facetCounts>) =>
  Object.fromEntries(FACET_KEYS.map((k) => [k, Object.fromEntries([...counts[k]].sort())]));

describe('selectView on the seed bundle', () => {
  const index = buildBundleIndex(seedBundle().bundle);

  it('selects Ajit Doval’s one meeting, and counts Patrushev at it', () => {
    const view = selectView(index, { selection: { ...none, actors: ['ajit-doval'] }, minSources: 1, actorScope: 'part' });
    expect(view.inView.map((e) => e.id)).toEqual(['2021-06-23-dushanbe-meeting']);
    expect(view.matchCount).toBe(1);
    // The actors facet is not narrowed by its own selection; the other facets are.
    expect(view.counts().places.get('dushanbe')).toBe(1);
    expect(view.counts().actors.get('nikolai-patrushev')).toBe(1);
  });

  it('marks nothing and lists every event when nothing filters', () => {
    const view = selectView(index, { selection: none, minSources: 1, actorScope: 'part' });
    expect(view.matching).toBeUndefined();
    expect(view.inView).toBe(index.events);
    expect(view.mapEvents()).toBe(view.inView);
    // Worked out once per selection.
    expect(view.counts()).toBe(view.counts());
  });

  it('keeps a search’s hits only, and an empty search none', () => {
    const hit = new Set(['dushanbe-conference-2018']);
    expect(selectView(index, { selection: none, minSources: 1, actorScope: 'part' }, hit).inView.map((e) => e.id)).toEqual([
      'dushanbe-conference-2018',
    ]);
    expect(selectView(index, { selection: none, minSources: 1, actorScope: 'part' }, new Set()).matchCount).toBe(0);
  });
});

describe('selectView against the plain filters', () => {
  const bundle = generateBundle({ events: 400, seed: 7 });
  const index = buildBundleIndex(bundle);
  const pick = <T>(values: readonly T[]) => fc.subarray([...values], { maxLength: 3 });
  const selectionArb = fc.record({
    actors: pick(bundle.entities.map((e) => e.id)),
    topics: pick(bundle.topics.map((t) => t.id)),
    places: pick(bundle.places.map((p) => p.id)),
    kinds: pick(index.kinds),
  });
  const [d0, d1] = index.domain;
  const windowArb = fc.option(
    fc
      .tuple(fc.double({ min: d0, max: d1, noNaN: true }), fc.double({ min: 0, max: d1 - d0, noNaN: true }))
      .map(([a, w]) => [a, a + w] as [number, number]),
    { nil: undefined },
  );
  const hitsArb = fc.option(
    pick(bundle.events.map((e) => e.id)).map((h) => new Set(h)),
    { nil: undefined },
  );

  it('gives the events, the map’s events and the counts the plain filters give, for any selection, window, search and number of sources', () => {
    fc.assert(
      fc.property(selectionArb, windowArb, hitsArb, fc.integer({ min: 1, max: 3 }), (selection, window, hits, minSources) => {
        const view = selectView(index, { selection, window, minSources, actorScope: 'part' }, hits);
        const [from, to] = window ?? index.domain;
        const sourced = bundle.events.filter((e) => e.sources.length >= minSources);
        const searched = hits ? sourced.filter((e) => hits.has(e.id)) : sourced;
        const inWindow = filterInWindow(searched, from, to);
        expect(ids(view.inView)).toEqual(ids(filterEvents(searched, selection, { from, to })));
        expect(view.matchCount).toBe(filterEvents(searched, selection).length);
        expect(ids(view.mapEvents())).toEqual(ids(filterByFacets(inWindow, selection, 'places')));
        expect(plain(view.counts())).toEqual(plain(facetCounts(inWindow, selection)));
      }),
      { numRuns: 150 },
    );
  });
});
