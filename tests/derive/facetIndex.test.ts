import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { EventRecord } from '../../src/data/bundleSchema';
import { countBits, fullBitset, intersect, pickBits } from '../../src/derive/bitset';
import { facetCounts } from '../../src/filter/facetCounts';
import { buildFacetIndex, countFacets, facetMasks, idBits, selectBits, valueBits, windowBits } from '../../src/derive/facetIndex';
import { filterByFacets, filterEvents, filterInWindow } from '../../src/filter/filterEvents';
import type { FacetSelection } from '../../src/state/viewState';
import { FACET_KEYS } from '../../src/state/viewState';
import { seedBundle } from '../seedFixtures';
import { buildEventIndex } from '../../src/derive/eventIndex';

/** The facet postings of a list of events, as the bundle's index builds them. */
const facetIndexOf = (events: EventRecord[], scope: 'part' | 'named' = 'part') =>
  buildFacetIndex(buildEventIndex(events), scope === 'named');

const { bundle } = seedBundle();
const none: FacetSelection = { actors: [], topics: [], places: [], kinds: [] };
const template = bundle.events[0]!;

// Small vocabularies, so random events share values and selections often hit something.
const ACTORS = ['a1', 'a2', 'a3', 'a4', 'a5'];
const TOPICS = ['t1', 't2', 't3'];
const PLACES = ['p1', 'p2', 'p3'];
const KINDS = ['meeting', 'summit', 'exercise'];

/** A random event: any actors and topics (an id may repeat), perhaps a place, a day in 2020–2023. */
const eventArb = fc.record({
  actorIds: fc.array(fc.constantFrom(...ACTORS), { maxLength: 4 }),
  topicIds: fc.array(fc.constantFrom(...TOPICS), { maxLength: 3 }),
  placeId: fc.option(fc.constantFrom(...PLACES), { nil: undefined }),
  kind: fc.constantFrom(...KINDS),
  day: fc.integer({ min: 0, max: 4 * 365 }),
  span: fc.integer({ min: 0, max: 40 }),
});
const eventsArb = fc.array(eventArb, { maxLength: 90 }).map((list) =>
  list.map((r, i): EventRecord => ({
    ...template,
    id: `e${i}`,
    actorIds: r.actorIds,
    topicIds: r.topicIds,
    placeId: r.placeId,
    kind: r.kind,
    date: {
      start: new Date(Date.UTC(2020, 0, 1) + r.day * 864e5).toISOString().slice(0, 10),
      end: new Date(Date.UTC(2020, 0, 1) + (r.day + r.span) * 864e5).toISOString().slice(0, 10),
      precision: 'day',
      basis: 'curated',
    },
  })),
);
/** A random selection, with an id no event carries now and then. */
const selectionArb = fc.record({
  actors: fc.subarray([...ACTORS, 'nobody'], { maxLength: 3 }),
  topics: fc.subarray(TOPICS, { maxLength: 2 }),
  places: fc.subarray(PLACES, { maxLength: 2 }),
  kinds: fc.subarray(KINDS, { maxLength: 2 }),
});
const windowArb = fc.tuple(fc.integer({ min: -30, max: 4 * 365 }), fc.integer({ min: 1, max: 3 * 365 })).map(([d, days]) => {
  const from = Date.UTC(2020, 0, 1) + d * 864e5;
  return [from, from + days * 864e5] as const;
});
/** Counts with the values that have none left out, as plain objects, to compare two ways of counting. */
const plainCounts = (counts: ReturnType<typeof facetCounts>) =>
  Object.fromEntries(FACET_KEYS.map((k) => [k, Object.fromEntries([...counts[k]].sort())]));

describe('facetIndex', () => {
  it('finds the meetings Voronkov attended in the seed bundle', () => {
    const index = facetIndexOf(bundle.events);
    const bits = selectBits(fullBitset(bundle.events.length), facetMasks(index, { ...none, actors: ['vladimir-voronkov'] }));
    expect(pickBits(index.events, bits).map((e) => e.id)).toEqual(['2022-10-18-dushanbe-conference', '2024-09-04-tashkent-conference']);
  });

  it('adds nothing for an id no event carries', () => {
    const index = facetIndexOf(bundle.events);
    expect(countBits(valueBits(index, 'actors', ['nobody']))).toBe(0);
  });

  it('counts an event once for an id it lists twice', () => {
    const twice = [{ ...template, id: 'twice', actorIds: ['a1', 'a1'] }];
    const index = facetIndexOf(twice);
    expect(countFacets(index, fullBitset(1), {}).actors.get('a1')).toBe(1);
  });

  it('selects and counts exactly as the plain filters do, for any events, selection, window and search', () => {
    fc.assert(
      fc.property(
        eventsArb,
        selectionArb,
        windowArb,
        fc.option(fc.array(fc.nat(100)), { nil: undefined }),
        (list, selection, [from, to], hits) => {
          // Positions are those of the index, which orders the events by time.
          const index = facetIndexOf(list);
          const events = index.events;
          const matchingIds = hits && new Set(hits.map((i) => `e${i}`));
          const searched = matchingIds ? events.filter((e) => matchingIds.has(e.id)) : events;
          const searchBits = matchingIds ? idBits(index, matchingIds) : fullBitset(events.length);
          const scope = intersect(windowBits(index, from, to), searchBits);
          const masks = facetMasks(index, selection);
          const inWindowAndSearch = filterInWindow(searched, from, to);
          expect(pickBits(events, scope)).toEqual(inWindowAndSearch);
          expect(pickBits(events, selectBits(searchBits, masks))).toEqual(filterEvents(events, selection, { matchingIds }));
          expect(pickBits(events, selectBits(scope, masks))).toEqual(filterEvents(events, selection, { matchingIds, from, to }));
          for (const key of FACET_KEYS)
            expect(pickBits(events, selectBits(scope, masks, key))).toEqual(filterByFacets(inWindowAndSearch, selection, key));
          expect(plainCounts(countFacets(index, scope, masks))).toEqual(
            plainCounts(
              facetCounts(
                inWindowAndSearch.map((e) => ({ ...e, actorIds: [...new Set(e.actorIds)], topicIds: [...new Set(e.topicIds)] })),
                selection,
              ),
            ),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives each value the number of events that ticking it would show', () => {
    fc.assert(
      fc.property(eventsArb, selectionArb, (events, selection) => {
        const index = facetIndexOf(events);
        const all = fullBitset(events.length);
        const counts = countFacets(index, all, facetMasks(index, selection));
        for (const key of FACET_KEYS) {
          for (const id of index.postings[key].keys()) {
            const ticked = { ...selection, [key]: [id] };
            expect(counts[key].get(id) ?? 0).toBe(filterEvents(events, ticked).length);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('lists each event’s values once per facet in its value codes, as the event carries them', () => {
    fc.assert(
      fc.property(eventsArb, (list) => {
        const index = facetIndexOf(list);
        index.events.forEach((e, p) => {
          const carried = { actors: e.actorIds, topics: e.topicIds, places: e.placeId ? [e.placeId] : [], kinds: [e.kind] };
          for (const key of FACET_KEYS) {
            const { ids, offsets, codes } = index.values[key];
            const listed = [...codes.subarray(offsets[p]!, offsets[p + 1]!)].map((c) => ids[c]!);
            expect(listed.sort()).toEqual([...new Set(carried[key])].sort());
          }
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe('the actor scope', () => {
  it('counts an actor only where it took part, and also where it is named when asked', () => {
    const tashkent = bundle.events.find((e) => e.id === '2024-09-04-tashkent-conference')!;
    expect(tashkent.mentionedIds).toContain('isis');
    const part = facetIndexOf(bundle.events, 'part');
    const named = facetIndexOf(bundle.events, 'named');
    const all = fullBitset(bundle.events.length);
    const count = (index: typeof part, id: string) => countFacets(index, all, {}).actors.get(id) ?? 0;
    expect(count(part, 'isis')).toBe(bundle.events.filter((e) => e.actorIds.includes('isis')).length);
    expect(count(named, 'isis')).toBe(bundle.events.filter((e) => e.actorIds.includes('isis') || e.mentionedIds?.includes('isis')).length);
    expect(count(named, 'isis')).toBeGreaterThan(count(part, 'isis'));
    const hits = pickBits(named.events, valueBits(named, 'actors', ['isis'])).map((e) => e.id);
    expect(hits).toContain(tashkent.id);
    expect(pickBits(part.events, valueBits(part, 'actors', ['isis'])).map((e) => e.id)).not.toContain(tashkent.id);
  });
});
