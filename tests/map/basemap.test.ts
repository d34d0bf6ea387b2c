import { describe, expect, it } from 'vitest';
import { loadBasemap } from '../../src/map/basemap';

describe('loadBasemap', () => {
  it('loads the Natural Earth countries with their names and the land borders', async () => {
    const basemap = await loadBasemap();
    const names = basemap.countries.map((c) => c.properties.name);
    expect(names).toEqual(expect.arrayContaining(['Tajikistan', 'Uzbekistan', 'Kazakhstan', 'Kyrgyzstan', 'Turkmenistan']));
    for (const c of basemap.countries) expect(['Polygon', 'MultiPolygon']).toContain(c.geometry.type);
    expect(basemap.borders.type).toBe('MultiLineString');
    expect(basemap.borders.coordinates.length).toBeGreaterThan(100);
    // The same promise is shared, so the file is parsed once.
    expect(await loadBasemap()).toBe(basemap);
  });
});
