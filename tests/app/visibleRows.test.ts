import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { visibleRows } from '../../src/app/visibleRows';

describe('visibleRows', () => {
  it('covers every row that meets the viewport, within the list, plus at most the overscan on either side', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: -100, max: 400_000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 20 }),
        (count, row, scrollTop, height, overscan) => {
          const { first, last } = visibleRows(count, row, scrollTop, height, overscan);
          expect(0 <= first && first <= last && last <= count).toBe(true);
          const top = Math.max(0, scrollTop);
          // Row i occupies [i * row, (i + 1) * row); every row meeting [top, top + height) is drawn.
          for (let i = 0; i < count; i++) {
            const meets = i * row < top + height && (i + 1) * row > top;
            if (meets) expect(i >= first && i < last).toBe(true);
          }
          const seen = Math.ceil(height / row) + 1;
          expect(last - first).toBeLessThanOrEqual(seen + 2 * overscan);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('draws nothing for an empty list', () => {
    expect(visibleRows(0, 56, 0, 400, 8)).toEqual({ first: 0, last: 0 });
  });
});
