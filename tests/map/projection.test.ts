import { describe, expect, it } from 'vitest';
import type { Basemap, CountryFeature } from '../../src/map/basemap';
import { countryPaths, fitToPoints, makeProjection, projectPlaces, viewOf } from '../../src/map/projection';
import { toScreen } from '../../src/map/mapZoom';

const CITIES = [
  { id: 'dushanbe', lat: 38.5598, lon: 68.787 },
  { id: 'tashkent', lat: 41.2995, lon: 69.2401 },
  { id: 'astana', lat: 51.1694, lon: 71.4491 },
  { id: 'bishkek', lat: 42.8746, lon: 74.5698 },
  { id: 'almaty', lat: 43.222, lon: 76.8512 },
  { id: 'ashgabat', lat: 37.9601, lon: 58.3261 },
];

const SIZES: [number, number][] = [
  [800, 360],
  [1280, 360],
  [360, 300],
];

function positions(width: number, height: number) {
  return new Map(projectPlaces(makeProjection(width, height), CITIES).map((p) => [p.id, p]));
}

describe('makeProjection', () => {
  it.each(SIZES)('puts the cities where they are relative to each other at %ix%i', (w, h) => {
    const at = positions(w, h);
    const city = (id: string) => {
      const p = at.get(id);
      if (!p) throw new Error(`${id} was not projected`);
      return p;
    };
    const [dushanbe, tashkent, astana] = [city('dushanbe'), city('tashkent'), city('astana')];
    const [bishkek, almaty, ashgabat] = [city('bishkek'), city('almaty'), city('ashgabat')];
    // North is up: Tashkent is north of Dushanbe, Astana far north of both.
    expect(tashkent.y).toBeLessThan(dushanbe.y);
    expect(astana.y).toBeLessThan(tashkent.y);
    expect(astana.y).toBeLessThan(bishkek.y);
    // Tashkent is a little east of Dushanbe; Bishkek and Almaty further east; Ashgabat west of all.
    expect(tashkent.x).toBeGreaterThan(dushanbe.x);
    expect(almaty.x).toBeGreaterThan(bishkek.x);
    expect(bishkek.x).toBeGreaterThan(tashkent.x);
    for (const p of [dushanbe, tashkent, astana, bishkek, almaty]) expect(ashgabat.x).toBeLessThan(p.x);
  });

  it.each(SIZES)('shows all the Central Asian capitals in the default frame at %ix%i', (w, h) => {
    for (const p of positions(w, h).values()) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(w);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(h);
    }
  });

  it('fills the height on a wide view and the width on a narrow one', () => {
    const wide = [...positions(1280, 360).values()];
    const ys = wide.map((p) => p.y);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(360 * 0.6);
    const narrow = [...positions(360, 300).values()];
    const xs = narrow.map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(360 * 0.6);
  });

  it('remembers the view size it was made for', () => {
    expect(viewOf(makeProjection(640, 320))).toEqual([640, 320]);
  });
});

describe('fitToPoints', () => {
  it('frames the points it is given inside the view', () => {
    const projection = makeProjection(800, 360);
    const far = projectPlaces(projection, [
      { id: 'moscow', lat: 55.7558, lon: 37.6173 },
      { id: 'shanghai', lat: 31.2304, lon: 121.4737 },
      { id: 'dushanbe', lat: 38.5598, lon: 68.787 },
    ]);
    const t = fitToPoints(
      800,
      360,
      far.map((p) => [p.x, p.y]),
    );
    expect(t.k).toBeLessThan(1);
    for (const p of far) {
      const [x, y] = toScreen(t, [p.x, p.y]);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(800);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(360);
    }
  });

  it('centres one point without zooming in beyond a region', () => {
    const t = fitToPoints(800, 360, [[100, 100]]);
    expect(t.k).toBeLessThanOrEqual(4);
    expect(toScreen(t, [100, 100])).toEqual([400, 180]);
  });

  it('returns to the default frame when there is nothing to fit', () => {
    expect(fitToPoints(800, 360, [])).toEqual({ k: 1, x: 0, y: 0 });
  });
});

describe('countryPaths', () => {
  const square = (name: string, id: string, [w, s, e, n]: number[]): CountryFeature => ({
    type: 'Feature',
    id,
    properties: { name },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [w!, s!],
          [w!, n!],
          [e!, n!],
          [e!, s!],
          [w!, s!],
        ],
      ],
    },
  });
  const basemap: Basemap = {
    countries: [square('Tajikistan', '762', [67.5, 37, 75, 41]), square('Farland', '999', [-80, -40, -70, -30])],
    borders: { type: 'MultiLineString', coordinates: [] },
  };

  it('gives a path, an on-screen anchor and an area for a country in the frame', () => {
    const projection = makeProjection(800, 360);
    const [tajikistan] = countryPaths(projection, basemap);
    expect(tajikistan).toMatchObject({ id: '762', name: 'Tajikistan' });
    expect(tajikistan!.d).toMatch(/^M/);
    const [x, y] = tajikistan!.anchor;
    const [dushanbe] = projectPlaces(projection, [{ id: 'dushanbe', lat: 38.5598, lon: 68.787 }]);
    expect(Math.abs(x - dushanbe!.x)).toBeLessThan(150);
    expect(Math.abs(y - dushanbe!.y)).toBeLessThan(60);
    expect(tajikistan!.area).toBeGreaterThan(1000);
  });

  it('leaves out what lies beyond the reach of a pan', () => {
    const ids = countryPaths(makeProjection(800, 360), basemap).map((c) => c.id);
    expect(ids).not.toContain('999');
  });
});
