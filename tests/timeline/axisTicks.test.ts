import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import fc from 'fast-check';
import { axisTicks, ticksThatFit } from '../../src/timeline/axisTicks';

const scaleFor = (from: string, to: string, width = 1000) =>
  scaleUtc()
    .domain([new Date(from), new Date(to)])
    .range([0, width]);

describe('axisTicks', () => {
  it('shows years across the whole corpus', () => {
    const ticks = axisTicks(scaleFor('2000-01-01', '2025-01-01'));
    expect(ticks.length).toBeGreaterThan(3);
    for (const t of ticks) expect(t.label).toMatch(/^\d{4}$/);
    expect(ticks.find((t) => t.label === '2010')?.major).toBe(true);
  });

  it('shows months within a year, with the new year as a major tick', () => {
    const ticks = axisTicks(scaleFor('2022-07-01', '2023-06-01'));
    expect(ticks.some((t) => t.label === 'Oct')).toBe(true);
    expect(ticks.find((t) => t.label === '2023')?.major).toBe(true);
  });

  it('shows days within a week', () => {
    const ticks = axisTicks(scaleFor('2023-09-01', '2023-09-08'));
    expect(ticks.map((t) => t.label)).toContain('4');
  });

  it('marks a window of a few days by its days, each labelled once, never by hours', () => {
    for (const [from, to] of [
      ['2023-09-04', '2023-09-05'],
      ['2023-09-04', '2023-09-07'],
      ['2023-09-03T12:00:00Z', '2023-09-05T06:00:00Z'],
    ] as const) {
      const ticks = axisTicks(scaleFor(from, to));
      const labels = ticks.map((t) => t.label);
      expect(new Set(labels).size).toBe(labels.length);
      for (const t of ticks) expect(scaleFor(from, to).invert(t.x).getUTCHours()).toBe(0);
    }
    expect(axisTicks(scaleFor('2023-09-04', '2023-09-07')).map((t) => t.label)).toEqual(['4 Sep 2023', '5', '6', '7']);
  });

  it('names the month and year on the first day tick and the month wherever it changes', () => {
    const ticks = axisTicks(scaleFor('2014-01-01', '2014-03-01'));
    const labels = ticks.map((t) => t.label);
    // Weekly ticks on Sundays: 5 January 2014 was one, and 2 February the first of February.
    expect(labels[0]).toBe('5 Jan 2014');
    expect(labels).toContain('2 Feb');
    expect(labels.filter((l) => /[A-Z]/.test(l))).toEqual(['5 Jan 2014', '2 Feb']);
  });

  it('keeps labels apart: never more than one tick per 80 pixels', () => {
    for (const [from, to] of [
      ['1995-01-01', '2026-01-01'],
      ['2018-01-01', '2018-12-31'],
      ['2023-09-03', '2023-09-06'],
    ] as const) {
      const ticks = axisTicks(scaleFor(from, to, 800));
      for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(40);
      expect(ticks.length).toBeLessThanOrEqual(12);
    }
  });
});

describe('ticksThatFit', () => {
  /** The plain version: ask for one fewer tick until they fit. */
  const stepDown = (scale: ReturnType<typeof scaleFor>, count: number) => {
    let ticks = scale.ticks(count);
    for (let c = count - 1; ticks.length > count && c >= 1; c--) ticks = scale.ticks(c);
    return ticks;
  };

  it('finds the same ticks as stepping the count down one by one, from days to decades', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.double({ min: 0.02, max: 12_000, noNaN: true }),
        fc.integer({ min: 200, max: 2400 }),
        (start, days, width) => {
          const scale = scaleUtc()
            .domain([new Date(start), new Date(start + days * 864e5)])
            .range([0, width]);
          const count = Math.max(2, Math.floor(width / 80));
          expect(ticksThatFit(scale, count).map((d) => d.getTime())).toEqual(stepDown(scale, count).map((d) => d.getTime()));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
