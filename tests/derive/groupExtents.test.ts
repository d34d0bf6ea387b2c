import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { EventRecord } from '../../src/data/bundleSchema';
import { groupCodes } from '../../src/timeline/densityModel';
import type { EventIndex } from '../../src/derive/eventIndex';
import { countOverlapping, endOrder, groupExtents } from '../../src/derive/groupExtents';
import { countAtMost, countBelow } from '../../src/derive/sortedCounts';
import { countInWindow } from '../../src/derive/eventIndex';
import { emptyBitset, setBit } from '../../src/derive/bitset';

/** An index of extents [start, start + length), sorted by start, each with a place. */
function indexOf(items: { start: number; length: number; place: string }[]): EventIndex {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  const events = sorted.map((it, i) => ({ id: `e${i}`, kind: 'meeting', placeId: it.place || undefined }) as unknown as EventRecord);
  return {
    events,
    start: Float64Array.from(sorted, (it) => it.start),
    end: Float64Array.from(sorted, (it) => it.start + it.length),
    maxSpan: Math.max(0, ...sorted.map((it) => it.length)),
  };
}

const item = fc.record({
  start: fc.integer({ min: 0, max: 100 }),
  length: fc.integer({ min: 1, max: 30 }),
  place: fc.constantFrom('', 'a', 'b', 'c'),
});

describe('groupExtents', () => {
  it('splits the extents by group, each group’s starts and ends sorted, and all ends sorted', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), (items) => {
        const index = indexOf(items);
        const groups = groupCodes(index, 'place');
        const extents = groupExtents(index, groups);
        groups.names.forEach((g, c) => {
          const mine = items.filter((it) => it.place === g);
          expect([...extents.starts[c]!]).toEqual(mine.map((it) => it.start).sort((a, b) => a - b));
          expect([...extents.ends[c]!]).toEqual(mine.map((it) => it.start + it.length).sort((a, b) => a - b));
        });
        expect([...extents.allEnds]).toEqual(items.map((it) => it.start + it.length).sort((a, b) => a - b));
      }),
    );
  });

  it('counts the extents overlapping a window like a pass over every extent', () => {
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 60 }),
        fc.integer({ min: -10, max: 140 }),
        fc.integer({ min: 1, max: 60 }),
        (items, from, span) => {
          const index = indexOf(items);
          const extents = groupExtents(index, groupCodes(index, 'place'));
          const want = items.filter((it) => it.start < from + span && it.start + it.length > from).length;
          expect(countOverlapping(extents.allStarts, extents.allEnds, from, from + span)).toBe(want);
        },
      ),
    );
  });

  it('counts only the events a filter keeps, in every group and in all, as the window count does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(item, fc.boolean()), { maxLength: 60 }),
        fc.integer({ min: -10, max: 140 }),
        fc.integer({ min: 1, max: 60 }),
        (tagged, from, span) => {
          const items = tagged.map(([it]) => it);
          const index = indexOf(items);
          // The index sorts by start (stably), so its positions follow the sorted order of the items.
          const order = tagged.map((t, i) => ({ t, i })).sort((a, b) => a.t[0].start - b.t[0].start);
          const among = emptyBitset(items.length);
          order.forEach(({ t }, pos) => t[1] && setBit(among, pos));
          const groups = groupCodes(index, 'place');
          const extents = groupExtents(index, groups, among);
          const kept = tagged.filter(([, keep]) => keep).map(([it]) => it);
          groups.names.forEach((g, c) => {
            expect([...extents.starts[c]!]).toEqual(
              kept
                .filter((it) => it.place === g)
                .map((it) => it.start)
                .sort((a, b) => a - b),
            );
          });
          const want = kept.filter((it) => it.start < from + span && it.start + it.length > from).length;
          expect(countOverlapping(extents.allStarts, extents.allEnds, from, from + span)).toBe(want);
          expect(countInWindow(index, from, from + span, among)).toBe(want);
        },
      ),
    );
  });

  it('orders the positions by end: a permutation whose ends ascend', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), (items) => {
        const index = indexOf(items);
        const order = [...endOrder(index)];
        expect([...order].sort((a, b) => a - b)).toEqual(items.map((_, i) => i));
        for (let k = 1; k < order.length; k++) expect(index.end[order[k]!]!).toBeGreaterThanOrEqual(index.end[order[k - 1]!]!);
      }),
    );
  });

  it('gives each filter of one index the sorted ends of the events it keeps, per group and in all', () => {
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 60 }),
        fc.array(fc.array(fc.boolean(), { maxLength: 60 }), { minLength: 1, maxLength: 3 }),
        (items, filters) => {
          // The same index serves every filter, as it does across facet clicks.
          const index = indexOf(items);
          const groups = groupCodes(index, 'place');
          for (const keep of filters) {
            const among = emptyBitset(items.length);
            for (let i = 0; i < items.length; i++) if (keep[i]) setBit(among, i);
            const extents = groupExtents(index, groups, among);
            const kept = [...index.end.keys()].filter((i) => keep[i]);
            groups.names.forEach((_, c) => {
              const want = kept
                .filter((i) => groups.codes[i] === c)
                .map((i) => index.end[i]!)
                .sort((a, b) => a - b);
              expect([...extents.ends[c]!]).toEqual(want);
            });
            expect([...extents.allEnds]).toEqual(kept.map((i) => index.end[i]!).sort((a, b) => a - b));
          }
        },
      ),
    );
  });

  it('counts the sorted values below and at most a value', () => {
    const sorted = Float64Array.from([1, 2, 2, 3]);
    expect([countBelow(sorted, 2), countAtMost(sorted, 2), countBelow(sorted, 0), countAtMost(sorted, 9)]).toEqual([1, 3, 0, 4]);
  });
});
