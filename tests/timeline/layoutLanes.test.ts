import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutLanes, type LaneInput } from '../../src/timeline/layoutLanes';

const itemArb = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 6 }),
    group: fc.constantFrom('dushanbe', 'tashkent', 'astana', 'none'),
    x0: fc.integer({ min: -500, max: 2000 }),
    w: fc.integer({ min: 1, max: 400 }),
  })
  .map(({ id, group, x0, w }) => ({ id, group, x0, x1: x0 + w }));
const itemsArb = fc.uniqueArray(itemArb, { selector: (i) => i.id, maxLength: 80 });

describe('layoutLanes', () => {
  it('never lets two items of one row overlap, for any input', () => {
    fc.assert(
      fc.property(itemsArb, (items: LaneInput[]) => {
        const { placements } = layoutLanes(items, ['dushanbe', 'tashkent']);
        expect(placements.size).toBe(items.length);
        for (const a of items) {
          for (const b of items) {
            if (a === b) continue;
            const pa = placements.get(a.id)!;
            const pb = placements.get(b.id)!;
            if (pa.globalRow !== pb.globalRow) continue;
            expect(a.x1 + 6 <= b.x0 || b.x1 + 6 <= a.x0).toBe(true);
          }
        }
      }),
    );
  });

  it('is stable: the same items in another order give the same rows', () => {
    fc.assert(
      fc.property(itemsArb, (items) => {
        const a = layoutLanes(items, []);
        const b = layoutLanes([...items].reverse(), []);
        for (const item of items) expect(b.placements.get(item.id)).toEqual(a.placements.get(item.id));
      }),
    );
  });

  it('keeps each group in its own band of rows, in the order asked for', () => {
    const items = [
      { id: 'a', group: 'tashkent', x0: 0, x1: 100 },
      { id: 'b', group: 'dushanbe', x0: 0, x1: 100 },
      { id: 'c', group: 'dushanbe', x0: 50, x1: 150 },
    ];
    const layout = layoutLanes(items, ['dushanbe', 'tashkent']);
    expect(layout.groups).toEqual([
      { group: 'dushanbe', firstRow: 0, rows: 2 },
      { group: 'tashkent', firstRow: 2, rows: 1 },
    ]);
    expect(layout.placements.get('a')!.globalRow).toBe(2);
    expect(layout.totalRows).toBe(3);
  });

  it('reuses a row once the previous item has ended', () => {
    const layout = layoutLanes(
      [
        { id: 'a', group: 'g', x0: 0, x1: 100 },
        { id: 'b', group: 'g', x0: 110, x1: 200 },
      ],
      [],
    );
    expect(layout.placements.get('b')!.row).toBe(0);
  });
});
