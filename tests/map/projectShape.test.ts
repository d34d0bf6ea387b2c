import { describe, expect, it } from 'vitest';
import { geoIdentity } from 'd3-geo';
import { areaWithin, largestRing, projectShape } from '../../src/map/projectShape';

// A planar identity "projection" keeps the numbers easy to check.
const identity = geoIdentity();
const twoSquares = {
  type: 'MultiPolygon' as const,
  coordinates: [
    [
      [
        [0, 0],
        [0, 10],
        [10, 10],
        [10, 0],
        [0, 0],
      ],
    ],
    [
      [
        [20, 0],
        [20, 40],
        [60, 40],
        [60, 0],
        [20, 0],
      ],
    ],
  ],
};

describe('projectShape', () => {
  const shape = projectShape(identity, twoSquares);

  it('records the SVG path, the rings and their box in one pass', () => {
    expect(shape.d).toMatch(/^M0,0L.*Z.*M20,0.*Z$/);
    expect(shape.rings).toHaveLength(2);
    expect(shape.box).toEqual([0, 0, 60, 40]);
  });

  it('measures the part of a shape inside a rectangle', () => {
    expect(
      areaWithin(shape, [
        [-5, -5],
        [100, 100],
      ]).area,
    ).toBeCloseTo(100 + 1600);
    const half = areaWithin(shape, [
      [40, 0],
      [100, 100],
    ]);
    expect(half.area).toBeCloseTo(800);
    expect(half.centroid[0]).toBeCloseTo(50);
    expect(
      areaWithin(shape, [
        [200, 200],
        [300, 300],
      ]).area,
    ).toBe(0);
  });

  it('finds the largest ring, the mainland', () => {
    const main = largestRing(shape);
    expect(main.area).toBeCloseTo(1600);
    expect(main.centroid[0]).toBeCloseTo(40);
    expect(main.centroid[1]).toBeCloseTo(20);
  });
});
