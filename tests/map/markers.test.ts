import { describe, expect, it } from 'vitest';
import type { EventRecord, Place } from '../../src/data/bundleSchema';
import fc from 'fast-check';
import { fullBitset, pickBits } from '../../src/derive/bitset';
import { buildFacetIndex, countFacets, facetMasks, selectBits } from '../../src/derive/facetIndex';
import { buildEventIndex } from '../../src/derive/eventIndex';
import { eventCountLabel, eventsAt, MARKER_RADIUS, markerRadius, placeCounts, placeMarkers } from '../../src/map/markers';
import { seedBundle } from '../seedFixtures';

const places: Place[] = [
  { id: 'dushanbe', name: 'Dushanbe', country: 'tajikistan', lat: 38.5598, lon: 68.787 },
  { id: 'tashkent', name: 'Tashkent', country: 'uzbekistan', lat: 41.2995, lon: 69.2401 },
  { id: 'astana', name: 'Astana', country: 'kazakhstan', lat: 51.1694, lon: 71.4491 },
];

const event = (id: string, placeId?: string): EventRecord => ({
  id,
  title: id,
  kind: 'meeting',
  date: { start: '2021-06-23', precision: 'day', basis: 'stated' },
  placeId,
  actorIds: [],
  topicIds: [],
  sources: [{ documentId: 'd', role: 'primary', evidence: [] }],
});

describe('placeMarkers', () => {
  it('makes one marker per place with its events, biggest first', () => {
    const markers = placeMarkers(
      [event('a', 'tashkent'), event('b', 'dushanbe'), event('c', 'dushanbe'), event('d'), event('e', 'dushanbe'), event('f', 'nowhere')],
      places,
    );
    expect(markers.map((m) => [m.placeId, m.count])).toEqual([
      ['dushanbe', 3],
      ['tashkent', 1],
    ]);
    expect(markers[0]).toEqual({ placeId: 'dushanbe', name: 'Dushanbe', lat: 38.5598, lon: 68.787, count: 3 });
  });

  it("lists a place's events in the order given, for its tooltip", () => {
    const events = [event('a', 'tashkent'), event('b', 'dushanbe'), event('c', 'dushanbe'), event('d'), event('e', 'dushanbe')];
    expect(eventsAt(events, 'dushanbe').map((e) => e.id)).toEqual(['b', 'c', 'e']);
    expect(eventsAt(events, 'astana')).toEqual([]);
  });

  it('orders places with the same count by name, so the order is stable', () => {
    const markers = placeMarkers([event('a', 'tashkent'), event('b', 'astana')], places);
    expect(markers.map((m) => m.placeId)).toEqual(['astana', 'tashkent']);
  });

  it("makes the same markers from the place facet's counts as from the map's events, for any selection", () => {
    const { bundle } = seedBundle();
    const index = buildFacetIndex(buildEventIndex(bundle.events));
    const valuesOf = (key: 'actors' | 'topics' | 'places' | 'kinds') => [...index.postings[key].keys()];
    const selection = fc.record({
      actors: fc.subarray(valuesOf('actors'), { maxLength: 2 }),
      topics: fc.subarray(valuesOf('topics'), { maxLength: 2 }),
      places: fc.subarray(valuesOf('places'), { maxLength: 2 }),
      kinds: fc.subarray(valuesOf('kinds'), { maxLength: 1 }),
    });
    fc.assert(
      fc.property(selection, (sel) => {
        const scope = fullBitset(bundle.events.length);
        const masks = facetMasks(index, sel);
        // The map shows the events matching every facet but places.
        const mapEvents = pickBits(bundle.events, selectBits(scope, masks, 'places'));
        const counts = countFacets(index, scope, masks).places;
        expect(counts).toEqual(placeCounts(mapEvents));
        expect(placeMarkers(mapEvents, bundle.places, counts)).toEqual(placeMarkers(mapEvents, bundle.places));
      }),
      { numRuns: 100 },
    );
  });

  it('has no markers without events', () => {
    expect(placeMarkers([], places)).toEqual([]);
  });
});

describe('markerRadius', () => {
  it('grows with the count, from the smallest to the largest radius', () => {
    const radii = [0, 1, 2, 3, 5, 8, 13, 20].map((n) => markerRadius(n, 20));
    for (let i = 1; i < radii.length; i++) expect(radii[i]).toBeGreaterThan(radii[i - 1]!);
    expect(radii[0]).toBe(MARKER_RADIUS[0]);
    expect(radii.at(-1)).toBe(MARKER_RADIUS[1]);
  });

  it('scales area, not radius, with the count', () => {
    const [min] = MARKER_RADIUS;
    const r1 = markerRadius(4, 16) - min;
    const r2 = markerRadius(16, 16) - min;
    expect(r2 / r1).toBeCloseTo(2, 5);
  });

  it('never leaves the range, whatever it is given', () => {
    expect(markerRadius(50, 10)).toBe(MARKER_RADIUS[1]);
    expect(markerRadius(-1, 10)).toBe(MARKER_RADIUS[0]);
    expect(markerRadius(1, 0)).toBe(MARKER_RADIUS[1]);
  });
});

describe('eventCountLabel', () => {
  it('says event or events', () => {
    expect(eventCountLabel(1)).toBe('1 event');
    expect(eventCountLabel(3)).toBe('3 events');
  });
});
