import type { DensityModel } from './densityModel';
import { BIN_PX } from './densityModel';
import { ROW_HEIGHT } from './timelineModel';

/** Colours the canvas needs, read from the page's CSS variables so both schemes work. */
export interface DensityColours {
  fill: string;
  lane: string;
}

/** The opacity of a cell, 0–255: rising with the square root of the count so single events stay visible next to busy summits. */
export function cellOpacity(count: number, maxCount: number): number {
  return Math.round(255 * (0.18 + 0.82 * (Math.sqrt(count) / Math.sqrt(Math.max(1, maxCount)))));
}

/**
 * The non-empty cells grouped by opacity (0–255, the canvas keeps no finer steps), each cell as
 * its bin and lane row one after the other: drawing one path per opacity sets the canvas state
 * a few dozen times a frame instead of once per cell.
 */
export function cellsByOpacity(model: DensityModel): Map<number, number[]> {
  const byOpacity = new Map<number, number[]>();
  model.lanes.forEach((lane, row) => {
    const { counts } = lane;
    for (let b = 0; b < counts.length; b++) {
      const c = counts[b]!;
      if (c === 0) continue;
      const opacity = cellOpacity(c, model.maxCount);
      let cells = byOpacity.get(opacity);
      if (!cells) byOpacity.set(opacity, (cells = []));
      cells.push(b, row);
    }
  });
  return byOpacity;
}

/** Draws the density model: one cell per bin and lane, as opaque as `cellOpacity` says. */
export function drawDensity(ctx: CanvasRenderingContext2D, model: DensityModel, colours: DensityColours, width: number) {
  ctx.clearRect(0, 0, width, model.height);
  model.lanes.forEach((lane, row) => {
    if (row % 2 === 1) {
      ctx.fillStyle = colours.lane;
      ctx.fillRect(0, lane.y, width, ROW_HEIGHT);
    }
  });
  ctx.fillStyle = colours.fill;
  for (const [opacity, cells] of cellsByOpacity(model)) {
    ctx.globalAlpha = opacity / 255;
    ctx.beginPath();
    for (let k = 0; k < cells.length; k += 2) ctx.rect(cells[k]! * BIN_PX, model.lanes[cells[k + 1]!]!.y + 3, BIN_PX - 0.5, ROW_HEIGHT - 6);
    ctx.fill();
  }
  ctx.globalAlpha = 1;
}
