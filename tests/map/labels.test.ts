import { describe, expect, it } from 'vitest';
import { anchorInView, layoutCountryLabels, layoutPlaceLabels, overlaps, textBox } from '../../src/map/labels';
import type { CountryPath } from '../../src/map/projection';
import { IDENTITY } from '../../src/map/mapZoom';

/** A square country of the given area centred on its anchor. */
function country(id: string, name: string, anchor: [number, number], area: number): CountryPath {
  const h = Math.sqrt(area) / 2;
  const [x, y] = anchor;
  const ring: [number, number][] = [
    [x - h, y - h],
    [x + h, y - h],
    [x + h, y + h],
    [x - h, y + h],
  ];
  return { id, name, d: 'M0,0Z', anchor, area, rings: [ring], box: [x - h, y - h, x + h, y + h] };
}

describe('layoutPlaceLabels', () => {
  it('writes a name to the right of its marker when there is room', () => {
    const { labels } = layoutPlaceLabels([{ id: 'dushanbe', text: 'Dushanbe', x: 200, y: 200, r: 8 }], 800, 360);
    expect(labels).toEqual([expect.objectContaining({ id: 'dushanbe', anchor: 'start' })]);
    expect(labels[0]!.x).toBeGreaterThan(208);
  });

  it('moves a name to the left at the right edge', () => {
    const { labels } = layoutPlaceLabels([{ id: 'almaty', text: 'Almaty', x: 790, y: 200, r: 6 }], 800, 360);
    expect(labels[0]!.anchor).toBe('end');
  });

  it('never lets two names overlap, and gives the bigger place the first choice', () => {
    const markers = [
      { id: 'big', text: 'Dushanbe', x: 200, y: 200, r: 12 },
      { id: 'small', text: 'Bokhtar', x: 205, y: 206, r: 5 },
    ];
    const { labels } = layoutPlaceLabels(markers, 800, 360);
    expect(labels[0]!.id).toBe('big');
    const boxes = labels.map((l) => textBox(l.x, l.y, l.text, 12, l.anchor));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!, 0)).toBe(false);
  });
});

describe('layoutCountryLabels', () => {
  it('names countries big enough on screen and skips small ones until zoomed in', () => {
    const countries = [country('kz', 'Kazakhstan', [400, 100], 60000), country('am', 'Armenia', [100, 250], 800)];
    expect(layoutCountryLabels(countries, IDENTITY, 800, 360).map((l) => l.id)).toEqual(['kz']);
    const zoomed = { k: 3, x: -100, y: -500 };
    expect(layoutCountryLabels(countries, zoomed, 800, 360).map((l) => l.id)).toContain('am');
  });

  it('leaves out names whose anchor is off screen or that would cover a city', () => {
    const countries = [country('far', 'Farland', [2000, 100], 1e6), country('tj', 'Tajikistan', [300, 200], 5000)];
    expect(layoutCountryLabels(countries, IDENTITY, 800, 360)).toHaveLength(1);
    const city = { x0: 250, y0: 160, x1: 350, y1: 240 };
    expect(layoutCountryLabels(countries, IDENTITY, 800, 360, [city])).toEqual([]);
  });

  it('gives the bigger country its anchor and nudges the smaller one clear of it', () => {
    const countries = [country('a', 'Uzbekistan', [300, 200], 20000), country('b', 'Tajikistan', [310, 204], 15000)];
    const [a, b] = layoutCountryLabels(countries, IDENTITY, 800, 360);
    expect(a).toMatchObject({ id: 'a', x: 300 });
    expect(b!.id).toBe('b');
    expect(overlaps(textBox(a!.x, a!.y, a!.text, 10.5, 'middle', true), textBox(b!.x, b!.y, b!.text, 10.5, 'middle', true), 0)).toBe(false);
    expect(Math.hypot(b!.x - 310, b!.y - 204)).toBeLessThan(Math.sqrt(15000) / 2.4 + 5);
  });

  it('names a country zoomed into, at the middle of the part that shows', () => {
    const kazakhstan = country('kz', 'Kazakhstan', [400, 150], 200 * 200);
    // Zoomed in four times on the country's top-left corner: its anchor is far off screen.
    const t = { k: 4, x: -300 * 4, y: -50 * 4 };
    const at = anchorInView(kazakhstan, t, 800, 360);
    expect(at).toBeDefined();
    expect(at!.at[0]).toBeCloseTo(400, 0);
    expect(at!.at[1]).toBeCloseTo(180, 0);
    expect(at!.area).toBeCloseTo(800 * 360, 0);
    expect(layoutCountryLabels([kazakhstan], t, 800, 360).map((l) => l.id)).toEqual(['kz']);
  });

  it('has no anchor for a country outside the view', () => {
    expect(anchorInView(country('x', 'Farland', [2000, 2000], 400), IDENTITY, 800, 360)).toBeUndefined();
  });
});
