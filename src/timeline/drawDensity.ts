import type { DensityModel } from './densityModel';
import { BIN_PX } from './densityModel';
import { ROW_HEIGHT } from './timelineModel';

/** Colours the canvas needs, read from the page's CSS variables so both schemes work. */
export interface DensityColours {
  fill: string;
  lane: string;
}

/**
 * Draws the density model: one cell per bin and lane, its opacity rising with the square root
 * of the count so that single events stay visible next to busy summits.
 */
export function drawDensity(ctx: CanvasRenderingContext2D, model: DensityModel, colours: DensityColours, width: number) {
  ctx.clearRect(0, 0, width, model.height);
  model.lanes.forEach((lane, row) => {
    if (row % 2 === 1) {
      ctx.fillStyle = colours.lane;
      ctx.fillRect(0, lane.y, width, ROW_HEIGHT);
    }
  });
  const norm = Math.sqrt(Math.max(1, model.maxCount));
  ctx.fillStyle = colours.fill;
  for (const lane of model.lanes) {
    const { counts } = lane;
    for (let b = 0; b < counts.length; b++) {
      const c = counts[b]!;
      if (c === 0) continue;
      ctx.globalAlpha = 0.18 + 0.82 * (Math.sqrt(c) / norm);
      ctx.fillRect(b * BIN_PX, lane.y + 3, BIN_PX - 0.5, ROW_HEIGHT - 6);
    }
  }
  ctx.globalAlpha = 1;
}
