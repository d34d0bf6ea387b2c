/** A zoom transform as a plain value: screen = base × k + (x, y). The timeline and the map share it. */
export interface Transform {
  k: number;
  x: number;
  y: number;
}

/** A point in pixels, [x, y]. */
export type Point = [number, number];
