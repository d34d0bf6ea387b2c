import { describe, expect, it } from 'vitest';
import { centreOn, clampTransform, IDENTITY, panBounds, panBy, SCALE_EXTENT, toScreen, zoomAround } from '../../src/map/mapZoom';

describe('map zoom maths', () => {
  it('zooms about a point, which stays where it was on screen', () => {
    const t = zoomAround(IDENTITY, 2, [300, 100], 800, 360);
    expect(t.k).toBe(2);
    expect(toScreen(t, [300, 100])).toEqual([300, 100]);
  });

  it('stops at the scale extent', () => {
    let t = IDENTITY;
    for (let i = 0; i < 20; i++) t = zoomAround(t, 2, [400, 180], 800, 360);
    expect(t.k).toBe(SCALE_EXTENT[1]);
    for (let i = 0; i < 40; i++) t = zoomAround(t, 0.5, [400, 180], 800, 360);
    expect(t.k).toBe(SCALE_EXTENT[0]);
  });

  it('never pans the view beyond the basemap', () => {
    const [[x0], [x1]] = panBounds(800, 360);
    let t = IDENTITY;
    for (let i = 0; i < 100; i++) t = panBy(t, 500, 0, 800, 360);
    // The left edge of the view is at most at the left edge of the bounds.
    expect(-t.x / t.k).toBeGreaterThanOrEqual(x0 - 1e-9);
    for (let i = 0; i < 100; i++) t = panBy(t, -500, 0, 800, 360);
    expect((800 - t.x) / t.k).toBeLessThanOrEqual(x1 + 1e-9);
  });

  it('leaves a transform that is already within bounds alone', () => {
    const t = { k: 2, x: -300, y: -100 };
    expect(clampTransform(t, 800, 360)).toEqual(t);
  });

  it('centres a point, keeping the zoom', () => {
    const t = centreOn({ k: 3, x: 10, y: 20 }, [250, 120], 800, 360);
    expect(t.k).toBe(3);
    expect(toScreen(t, [250, 120])).toEqual([400, 180]);
  });
});
