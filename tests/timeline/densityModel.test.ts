import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import type { EventRecord } from '../../src/data/bundleSchema';
import { BIN_PX, buildDensityModel, groupCodes, OTHER_GROUP } from '../../src/timeline/densityModel';
import type { EventIndex } from '../../src/derive/eventIndex';
import { groupExtents } from '../../src/derive/groupExtents';

const DAY = 864e5;
const T0 = Date.UTC(2020, 0, 1);

/** An index of events at the given day offsets and lengths, grouped by place ('' for none). */
function indexOf(items: { day: number; days: number; place: string }[]): EventIndex {
  const sorted = [...items].sort((a, b) => a.day - b.day);
  const events = sorted.map((it, i) => ({ id: `e${i}`, kind: 'meeting', placeId: it.place || undefined }) as unknown as EventRecord);
  const start = Float64Array.from(sorted, (it) => T0 + it.day * DAY);
  const end = Float64Array.from(sorted, (it) => T0 + (it.day + it.days) * DAY);
  return { events, start, end, maxSpan: Math.max(0, ...sorted.map((it) => it.days * DAY)) };
}

/** The straightforward version: strings and maps, as the model was first written. */
function reference(index: EventIndex, visible: number[], scale: ReturnType<typeof scaleUtc>, maxLanes: number) {
  const [r0, r1] = scale.range() as [number, number];
  const binCount = Math.max(1, Math.ceil((r1 - r0) / BIN_PX));
  const group = (i: number) => index.events[i]!.placeId ?? '';
  const totals = new Map<string, number>();
  for (const i of visible) totals.set(group(i), (totals.get(group(i)) ?? 0) + 1);
  const ranked = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const own = new Set(ranked.slice(0, ranked.length > maxLanes ? maxLanes - 1 : maxLanes).map(([g]) => g));
  const lanes = new Map<string, number[]>();
  for (const g of [...own, ...(own.size < ranked.length ? [OTHER_GROUP] : [])]) lanes.set(g, new Array<number>(binCount).fill(0));
  const [d0, d1] = scale.domain().map((d) => d.getTime()) as [number, number];
  const pxPerMs = (r1 - r0) / (d1 - d0);
  for (const i of visible) {
    const counts = lanes.get(own.has(group(i)) ? group(i) : OTHER_GROUP)!;
    const b0 = Math.max(0, Math.floor(((index.start[i]! - d0) * pxPerMs) / BIN_PX));
    const b1 = Math.min(binCount - 1, Math.floor(((index.end[i]! - d0) * pxPerMs - 0.001) / BIN_PX));
    for (let b = b0; b <= Math.max(b0, b1) && b < binCount; b++) counts[b]!++;
  }
  return lanes;
}

const item = fc.record({
  day: fc.integer({ min: -30, max: 400 }),
  days: fc.integer({ min: 1, max: 90 }),
  place: fc.constantFrom('', 'a', 'b', 'c', 'd', 'e', 'f'),
});

describe('buildDensityModel', () => {
  it('counts every visible event in each bin its extent covers, per lane, like the plain version', () => {
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 200 }),
        fc.integer({ min: 2, max: 8 }),
        fc.integer({ min: 30, max: 900 }),
        (items, maxLanes, width) => {
          const index = indexOf(items);
          const scale = scaleUtc()
            .domain([new Date(T0), new Date(T0 + 365 * DAY)])
            .range([0, width]);
          const visible = [...index.start.keys()].filter((i) => index.end[i]! > T0 && index.start[i]! < T0 + 365 * DAY);
          const groups = groupCodes(index, 'place');
          const model = buildDensityModel(
            groupExtents(index, groups),
            groups,
            [T0, T0 + 365 * DAY],
            scale,
            'place',
            (g) => g.toUpperCase(),
            maxLanes,
          );
          const want = reference(index, visible, scale, maxLanes);
          expect(new Set(model.lanes.map((l) => l.group))).toEqual(new Set(want.keys()));
          for (const lane of model.lanes) expect([...lane.counts]).toEqual(want.get(lane.group));
          expect(model.lanes.reduce((n, l) => n + l.total, 0)).toBe(visible.length);
          expect(model.maxCount).toBe(Math.max(0, ...model.lanes.flatMap((l) => [...l.counts])));
          expect(model.lanes.length).toBeLessThanOrEqual(maxLanes);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('orders lanes by label with no place last and the shared lane after them, and says how many groups it holds', () => {
    const index = indexOf([
      { day: 1, days: 1, place: 'b' },
      { day: 2, days: 1, place: 'b' },
      { day: 3, days: 1, place: '' },
      { day: 4, days: 1, place: '' },
      { day: 5, days: 1, place: 'a' },
      { day: 5, days: 1, place: 'a' },
      { day: 6, days: 1, place: 'c' },
      { day: 7, days: 1, place: 'd' },
    ]);
    const scale = scaleUtc()
      .domain([new Date(T0), new Date(T0 + 30 * DAY)])
      .range([0, 300]);
    const groups = groupCodes(index, 'place');
    const model = buildDensityModel(groupExtents(index, groups), groups, [T0, T0 + 30 * DAY], scale, 'place', (g) => `Place ${g}`, 4);
    expect(model.lanes.map((l) => l.label)).toEqual(['Place a', 'Place b', 'No place', '2 more']);
    expect(model.lanes.map((l) => l.total)).toEqual([2, 2, 2, 2]);
    expect(model.height).toBe(4 * 24);
  });
});
