import type { DensityModel } from './densityModel';
import { BIN_PX } from './densityModel';
import { ROW_HEIGHT } from './timelineModel';

/** A colour as red, green, blue (0–255) and alpha (0–1). */
export type Rgba = [number, number, number, number];

/** The opacity of a cell, 0–255: rising with the square root of the count so single events stay visible next to busy summits. */
export function cellOpacity(count: number, maxCount: number): number {
  return Math.round(255 * (0.18 + 0.82 * (Math.sqrt(count) / Math.sqrt(Math.max(1, maxCount)))));
}

/** Gap between a cell and the lane's edge, top and bottom, in CSS pixels. */
const CELL_INSET = 3;

/** How much of device pixel `p` the span [a, b) covers, 0–1. */
const coverage = (p: number, a: number, b: number) => Math.max(0, Math.min(p + 1, b) - Math.max(p, a));

/**
 * Paints the density model straight into RGBA pixels at `ratio` device pixels per CSS pixel:
 * odd lanes striped, each cell the fill colour at its opacity, edges that fall inside a
 * device pixel blended by how much of it they cover, as canvas antialiasing would. Each lane's
 * pixels are the same on every row a cell covers, so one row is worked out per lane and copied:
 * a frame costs about the canvas's bytes, where drawing a rectangle per cell cost thousands of
 * canvas calls.
 */
export function densityPixels(
  model: DensityModel,
  width: number,
  ratio: number,
  fill: Rgba,
  lane: Rgba,
  out: Uint8ClampedArray,
  outWidth: number,
  outHeight: number,
) {
  out.fill(0);
  const rowBytes = outWidth * 4;
  // Bytes already, so copying a row into `out` is a plain copy.
  const template = new Uint8ClampedArray(outWidth * 4);
  const cellAlpha = new Float32Array(outWidth);
  model.lanes.forEach((l, row) => {
    const striped = row % 2 === 1;
    // The cells' opacity per device column, 0–1.
    cellAlpha.fill(0);
    for (let b = 0; b < l.counts.length; b++) {
      const c = l.counts[b]!;
      if (c === 0) continue;
      const a = cellOpacity(c, model.maxCount) / 255;
      const x0 = b * BIN_PX * ratio;
      const x1 = Math.min(width, b * BIN_PX + BIN_PX - 0.5) * ratio;
      for (let p = Math.floor(x0); p < Math.min(outWidth, Math.ceil(x1)); p++) cellAlpha[p] = a * coverage(p, x0, x1);
    }
    const laneTop = l.y * ratio;
    const laneBottom = (l.y + ROW_HEIGHT) * ratio;
    const cellTop = (l.y + CELL_INSET) * ratio;
    const cellBottom = (l.y + ROW_HEIGHT - CELL_INSET) * ratio;
    const stripeRight = width * ratio;
    let previous = -1;
    for (let y = Math.floor(laneTop); y < Math.min(outHeight, Math.ceil(laneBottom)); y++) {
      const stripe = striped ? coverage(y, laneTop, laneBottom) : 0;
      const cell = coverage(y, cellTop, cellBottom);
      const key = stripe * 2 + cell;
      // Rows inside the cells are all alike; work a row out only when its coverage changes.
      if (key !== previous) {
        previous = key;
        for (let p = 0; p < outWidth; p++) {
          const bgA = stripe * lane[3] * coverage(p, 0, stripeRight);
          const fgA = cellAlpha[p]! * cell * fill[3];
          const a = fgA + bgA * (1 - fgA);
          const i = p * 4;
          if (a === 0) {
            template[i] = template[i + 1] = template[i + 2] = template[i + 3] = 0;
            continue;
          }
          for (let k = 0; k < 3; k++) template[i + k] = (fill[k]! * fgA + lane[k]! * bgA * (1 - fgA)) / a;
          template[i + 3] = a * 255;
        }
      }
      out.set(template, y * rowBytes);
    }
  });
}
