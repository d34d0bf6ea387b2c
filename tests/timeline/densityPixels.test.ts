import { describe, expect, it } from 'vitest';
import type { DensityModel } from '../../src/timeline/densityModel';
import { cellOpacity, densityPixels, type Rgba } from '../../src/timeline/densityPixels';

const lane = (y: number, counts: number[]) => ({ group: `g${y}`, label: '', y, counts: Uint32Array.from(counts), total: 0 });
const FILL: Rgba = [10, 20, 200, 1];
const LANE: Rgba = [240, 240, 230, 1];

/** The RGBA of pixel (x, y). */
const at = (px: Uint8ClampedArray, w: number, x: number, y: number) => [...px.slice((y * w + x) * 4, (y * w + x) * 4 + 4)];

describe('densityPixels', () => {
  const model: DensityModel = { lanes: [lane(0, [4, 0, 1]), lane(24, [0, 4, 0])], binCount: 3, maxCount: 4, height: 48 };
  const w = 9;
  const h = 48;
  const px = new Uint8ClampedArray(w * h * 4);
  densityPixels(model, w, 1, FILL, LANE, px, w, h);

  it('paints a cell in the fill colour at its opacity, two and a half pixels wide, inset three pixels from the lane edges', () => {
    expect(at(px, w, 0, 10)).toEqual([10, 20, 200, 255]);
    expect(at(px, w, 1, 10)).toEqual([10, 20, 200, 255]);
    // The half-covered third column is half as opaque.
    expect(at(px, w, 2, 10)).toEqual([10, 20, 200, 128]);
    expect(at(px, w, 6, 10)).toEqual([10, 20, 200, Math.round(cellOpacity(1, 4))]);
    expect(at(px, w, 0, 2)[3]).toBe(0);
    expect(at(px, w, 0, 3)[3]).toBe(255);
    expect(at(px, w, 0, 21)[3]).toBe(0);
  });

  it('leaves empty bins clear on even lanes and stripes odd lanes, with the cells blended over the stripe', () => {
    expect(at(px, w, 4, 10)).toEqual([0, 0, 0, 0]);
    expect(at(px, w, 0, 30)).toEqual([240, 240, 230, 255]);
    expect(at(px, w, 3, 30)).toEqual([10, 20, 200, 255]);
    // Half the fill over the stripe: the colour half way between, fully opaque.
    expect(at(px, w, 5, 30)).toEqual([125, 130, 215, 255]);
  });

  it('scales to device pixels', () => {
    const px2 = new Uint8ClampedArray(18 * 96 * 4);
    densityPixels(model, w, 2, FILL, LANE, px2, 18, 96);
    expect(at(px2, 18, 4, 20)).toEqual([10, 20, 200, 255]);
    expect(at(px2, 18, 5, 20)[3]).toBe(0);
    expect(at(px2, 18, 0, 5)[3]).toBe(0);
    expect(at(px2, 18, 0, 6)[3]).toBe(255);
  });

  it('makes the busiest cell opaque and a single event faint but visible', () => {
    expect(cellOpacity(9, 9)).toBe(255);
    expect(cellOpacity(1, 10_000)).toBe(Math.round(255 * (0.18 + 0.82 / 100)));
  });
});
