import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildEventIndex, indexesInWindow } from '../../src/derive/eventIndex';
import type { EventRecord } from '../../src/data/bundleSchema';
import { emptyBitset, setBit } from '../../src/derive/bitset';
import { overviewHistogramPath } from '../../src/timeline/overviewHistogram';
import { baseScale } from '../../src/timeline/zoomMath';
import { corpusDomain } from '../../src/derive/corpusDomain';
import { seedBundle } from '../seedFixtures';

const { bundle } = seedBundle();
const all = bundle.events;
const index = buildEventIndex(all);
/** A selection of the events, either in the bundle's order (as the filters give it) or shuffled. */
const selectionArb = fc.tuple(fc.subarray(all), fc.boolean()).map(([picked, shuffle]) => (shuffle ? [...picked].reverse() : picked));
const windowArb = fc.tuple(
  fc.integer({ min: Date.UTC(2000, 0, 1) / 864e5, max: Date.UTC(2026, 0, 1) / 864e5 }),
  fc.integer({ min: 1, max: 4000 }),
);

/** A selection of the bundle's events as the filters mark it: a set of positions in the index. */
function among(events: EventRecord[]) {
  const position = new Map(index.events.map((e, i) => [e, i]));
  const bits = emptyBitset(index.events.length);
  for (const e of events) if (position.has(e)) setBit(bits, position.get(e)!);
  return bits;
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
        expect(indexesInWindow(index, from, to, marked).map((i) => index.events[i])).toEqual(
          indexesInWindow(own, from, to).map((i) => own.events[i]),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('overviewHistogramPath', () => {
  it('sketches only the marked events, as a sketch of an index of those alone would', () => {
    const base = baseScale(corpusDomain(index), 600);
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
    expect(index.events).toBe(all);
    const shuffled = buildEventIndex([...all].reverse());
    expect(shuffled.events).not.toBe(all);
    expect(shuffled.events).toEqual(all);
    expect([...shuffled.start]).toEqual([...index.start]);
  });

  it('marks a selection of the bundle’s list at the list’s own positions', () => {
    const some = all.filter((_, i) => i % 2 === 0);
    const marked = among(some);
    expect(indexesInWindow(index, -Infinity, Infinity, marked)).toEqual(all.flatMap((_, i) => (i % 2 === 0 ? [i] : [])));
  });
});
