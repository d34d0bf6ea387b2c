import type { CountryPath } from './projection';
import { toScreen, type Point, type Transform } from './mapZoom';
import { areaWithin } from './projectShape';

/** A rectangle on screen, in pixels. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A label placed on screen; `x, y` is the text's anchor point on its baseline. */
export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** The font size of city names in map.css, in pixels; the layout estimates widths from it. */
export const PLACE_FONT = 12;
/** The font size of country names in map.css, in pixels. */
export const COUNTRY_FONT = 10.5;

/** Average advance of a character as a share of the font size; capitals run wider. */
const CHAR_WIDTH = 0.56;
const CAPS_WIDTH = 0.74;

/** The estimated box of a text; no DOM is needed, so the layout stays a pure function. */
export function textBox(x: number, y: number, text: string, font: number, anchor: PlacedLabel['anchor'], caps = false): Box {
  const w = text.length * font * (caps ? CAPS_WIDTH : CHAR_WIDTH);
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x0, y0: y - font * 0.85, x1: x0 + w, y1: y + font * 0.25 };
}

/** Whether two boxes overlap, with a little air between them. */
export function overlaps(a: Box, b: Box, air = 2): boolean {
  return a.x0 < b.x1 + air && b.x0 < a.x1 + air && a.y0 < b.y1 + air && b.y0 < a.y1 + air;
}

const inside = (b: Box, width: number, height: number) => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= width && b.y1 <= height;

/** A marker on screen, as the label layout sees it. */
export interface ScreenMarker {
  id: string;
  text: string;
  x: number;
  y: number;
  r: number;
}

/**
 * City names beside their markers, most important first: right of the marker, else left,
 * above or below; a name that fits nowhere is left out (the marker keeps its accessible name
 * and tooltip). Returns the labels and every box taken, markers included.
 */
export function layoutPlaceLabels(markers: ScreenMarker[], width: number, height: number): { labels: PlacedLabel[]; taken: Box[] } {
  const discs = markers.map((m) => ({ id: m.id, box: { x0: m.x - m.r, y0: m.y - m.r, x1: m.x + m.r, y1: m.y + m.r } }));
  const taken: Box[] = discs.map((d) => d.box);
  const labels: PlacedLabel[] = [];
  for (const m of markers) {
    const gap = m.r + 4;
    const baseline = m.y + PLACE_FONT * 0.35;
    const options: Omit<PlacedLabel, 'id' | 'text'>[] = [
      { x: m.x + gap, y: baseline, anchor: 'start' },
      { x: m.x - gap, y: baseline, anchor: 'end' },
      { x: m.x, y: m.y - gap - 2, anchor: 'middle' },
      { x: m.x, y: m.y + gap + PLACE_FONT * 0.8, anchor: 'middle' },
    ];
    for (const o of options) {
      const box = textBox(o.x, o.y, m.text, PLACE_FONT, o.anchor);
      if (!inside(box, width, height)) continue;
      const clash = discs.some((d) => d.id !== m.id && overlaps(box, d.box, 1)) || labels.some((l) => overlaps(box, labelBox(l)));
      if (clash) continue;
      labels.push({ id: m.id, text: m.text, ...o });
      taken.push(box);
      break;
    }
  }
  return { labels, taken };
}

const labelBox = (l: PlacedLabel) => textBox(l.x, l.y, l.text, PLACE_FONT, l.anchor);

/** The smallest on-screen area, in square pixels, of a country worth naming. */
export const MIN_COUNTRY_AREA = 1800;

/**
 * Where a country's name goes in the current view, and its area there in square pixels: its
 * default anchor when that is on screen, else (zoomed in, or panned away) the middle of the
 * part of the country that shows. Only countries that reach into the view are clipped, so a
 * gesture costs little.
 */
export function anchorInView(c: CountryPath, t: Transform, width: number, height: number): { at: Point; area: number } | undefined {
  const at = toScreen(t, c.anchor);
  const k2 = t.k * t.k;
  if (at[0] >= 0 && at[0] <= width && at[1] >= 0 && at[1] <= height) return { at, area: c.area * k2 };
  const view: [Point, Point] = [
    [-t.x / t.k, -t.y / t.k],
    [(width - t.x) / t.k, (height - t.y) / t.k],
  ];
  const part = areaWithin(c, view);
  if (!(part.area > 0) || !part.centroid.every(Number.isFinite)) return undefined;
  return { at: toScreen(t, part.centroid), area: part.area * k2 };
}

/** Nudges tried, in order, when a country's name would cover something at its anchor. */
const NUDGES: Point[] = [
  [0, 0],
  [0, -1],
  [0, 1],
  [-1, 0],
  [1, 0],
  [0, -2],
  [0, 2],
];

/**
 * Country names at their anchors, for countries large enough on screen to hold their name
 * (the area must beat the square of the name's width, roughly), biggest first. A name that
 * would cover a city, a marker or another name is nudged a line up or down or a little
 * sideways, never further than about 40% of the country's size, and otherwise left out.
 */
export function layoutCountryLabels(
  countries: CountryPath[],
  t: Transform,
  width: number,
  height: number,
  taken: Box[] = [],
): PlacedLabel[] {
  const candidates = countries
    .flatMap((c) => {
      const anchor = anchorInView(c, t, width, height);
      return anchor ? [{ c, ...anchor }] : [];
    })
    .sort((a, b) => b.area - a.area);
  const placed: Box[] = [];
  const labels: PlacedLabel[] = [];
  for (const { c, area, at } of candidates) {
    const baseline = at[1] + COUNTRY_FONT * 0.35;
    const w = textBox(0, 0, c.name, COUNTRY_FONT, 'middle', true).x1 * 2;
    if (area < Math.max(MIN_COUNTRY_AREA, 0.45 * w * w)) continue;
    const reach = Math.sqrt(area) / 2.4;
    for (const [nx, ny] of NUDGES) {
      const [dx, dy] = [nx * Math.min(w / 3, reach), ny * COUNTRY_FONT * 1.3];
      if (Math.abs(dy) > reach) continue;
      const box = textBox(at[0] + dx, baseline + dy, c.name, COUNTRY_FONT, 'middle', true);
      if (!inside(box, width, height) || taken.some((b) => overlaps(box, b)) || placed.some((b) => overlaps(box, b, 6))) continue;
      placed.push(box);
      labels.push({ id: c.id, text: c.name, x: at[0] + dx, y: baseline + dy, anchor: 'middle' });
      break;
    }
  }
  return labels;
}
