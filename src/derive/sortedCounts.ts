import { bisectLeft, bisectRight } from 'd3-array';

/** How many of the ascending `sorted` are below `t`. */
export const countBelow = (sorted: Float64Array, t: number): number => bisectLeft(sorted, t);

/** How many of the ascending `sorted` are at or below `t`. */
export const countAtMost = (sorted: Float64Array, t: number): number => bisectRight(sorted, t);
