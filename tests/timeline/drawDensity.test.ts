import { describe, expect, it } from 'vitest';
import type { DensityModel } from '../../src/timeline/densityModel';
import { cellOpacity, cellsByOpacity } from '../../src/timeline/drawDensity';

const lane = (group: string, y: number, counts: number[]) => ({ group, label: group, y, counts: Uint32Array.from(counts), total: counts.reduce((a, b) => a + b, 0) });

describe('cellsByOpacity', () => {
  it('lists every non-empty cell once, under its opacity', () => {
    const model: DensityModel = { lanes: [lane('a', 0, [0, 1, 4, 1]), lane('b', 24, [9, 0, 1, 0])], binCount: 4, maxCount: 9, height: 48 };
    const cells = cellsByOpacity(model);
    expect(cells.get(cellOpacity(1, 9))).toEqual([1, 0, 3, 0, 2, 1]);
    expect(cells.get(cellOpacity(4, 9))).toEqual([2, 0]);
    expect(cells.get(cellOpacity(9, 9))).toEqual([0, 1]);
    expect([...cells.values()].flat().length).toBe(2 * 5);
  });

  it('makes the busiest cell opaque and a single event faint but visible', () => {
    expect(cellOpacity(9, 9)).toBe(255);
    expect(cellOpacity(1, 10_000)).toBe(Math.round(255 * (0.18 + 0.82 / 100)));
  });
});
