import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildEventIndex, indexesInWindow, indexOrderBits } from '../../src/timeline/eventIndex';
import type { EventRecord } from '../../src/data/bundleSchema';
import { emptyBitset, pickBits, setBit } from '../../src/derive/bitset';
import { overviewHistogramPath } from '../../src/timeline/overviewHistogram';
import { baseScale } from '../../src/timeline/zoomMath';
import { corpusDomain } from '../../src/timeline/corpusDomain';
import { seedBundle } from '../seedFixtures';

const { bundle } = seedBundle();
const all = bundle.events;
const index = buildEventIndex(all);
/** A selection of the events, either in the bundle's order (as the filters give it) or shuffled. */
const selectionArb = fc.tuple(fc.subarray(all), fc.boolean()).map(([picked, shuffle]) => (shuffle ? [...picked].reverse() : picked));
const windowArb = fc.tuple(fc.integer({ min: Date.UTC(2000, 0, 1) / 864e5, max: Date.UTC(2026, 0, 1) / 864e5 }), fc.integer({ min: 1, max: 4000 }));

/** A selection of the bundle's events as the filters mark it: a set of positions in the bundle's list, then in the index's order. */
function among(events: EventRecord[]) {
  const position = new Map(all.map((e, i) => [e, i]));
  const bits = emptyBitset(all.length);
  for (const e of events) if (position.has(e)) setBit(bits, position.get(e)!);
  return indexOrderBits(index, bits);
}

describe('a selection marked by position', () => {
  it('leaves out events that are not of the indexed list', () => {
    const stranger = { ...all[0]!, id: 'stranger' };
    expect(indexesInWindow(index, -Infinity, Infinity, among([stranger]))).toEqual([]);
  });

  it('finds in a window exactly the events an index of the selection alone would find', () => {
    fc.assert(
      fc.property(selectionArb, windowArb, (events, [day, days]) => {
        const [from, to] = [day * 864e5, (day + days) * 864e5];
        const marked = among(events);
        const own = buildEventIndex(events);
        expect(indexesInWindow(index, from, to, marked).map((i) => index.events[i])).toEqual(indexesInWindow(own, from, to).map((i) => own.events[i]));
      }),
      { numRuns: 200 },
    );
  });
});

describe('buildEventIndex', () => {
  it('notes where each sorted event stood in the list it was built from', () => {
    index.events.forEach((e, i) => expect(all[index.position[i]!]).toBe(e));
  });
});

describe('overviewHistogramPath', () => {
  it('sketches only the marked events, as a sketch of an index of those alone would', () => {
    const base = baseScale(corpusDomain(all), 600);
    fc.assert(
      fc.property(selectionArb, (events) => {
        expect(overviewHistogramPath(index, base, 22, 2, among(events))).toBe(overviewHistogramPath(buildEventIndex(events), base, 22));
      }),
      { numRuns: 100 },
    );
    expect(overviewHistogramPath(index, base, 22)).toMatch(/^M/);
  });
});

describe('buildEventIndex on a list already in its order', () => {
  it('shares the loaded bundle’s list, whose events parseBundle sorted, and finds the same windows as from any order', () => {
    expect(index.identity).toBe(true);
    expect(index.events).toBe(all);
    const shuffled = buildEventIndex([...all].reverse());
    expect(shuffled.identity).toBe(false);
    expect(shuffled.events).toEqual(all);
    expect([...shuffled.start]).toEqual([...index.start]);
    expect(shuffled.position[0]).toBe(all.length - 1);
  });

  it('marks a selection of the bundle’s list at the list’s own positions', () => {
    const some = all.filter((_, i) => i % 2 === 0);
    const marked = among(some);
    expect(indexesInWindow(index, -Infinity, Infinity, marked)).toEqual(all.flatMap((_, i) => (i % 2 === 0 ? [i] : [])));
  });
});

describe('indexOrderBits', () => {
  it('marks at index positions the events marked in the list, whether or not the list was in index order', () => {
    const shuffled = [...all].reverse();
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: all.length, maxLength: all.length }), fc.boolean(), (keep, reversed) => {
        const list = reversed ? shuffled : all;
        const own = buildEventIndex(list);
        const listed = emptyBitset(list.length);
        keep.forEach((k, p) => k && setBit(listed, p));
        const picked = new Set(pickBits(list, listed));
        const want = own.events.flatMap((e, i) => (picked.has(e) ? [i] : []));
        expect(indexesInWindow(own, -Infinity, Infinity, indexOrderBits(own, listed))).toEqual(want);
      }),
      { numRuns: 100 },
    );
    expect(indexOrderBits(index, undefined)).toBeUndefined();
  });
});
