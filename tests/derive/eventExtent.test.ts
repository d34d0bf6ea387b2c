import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import fc from 'fast-check';
import { eventExtent, eventExtentByInterval, markShape } from '../../src/derive/eventExtent';
import { buildTimelineModel, placeLabel } from '../../src/timeline/timelineModel';
import { seedBundle } from '../seedFixtures';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('date precision on the timeline', () => {
  it('finds the same span as d3 calendar intervals for any date string and precision', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    const iso = fc
      .tuple(fc.integer({ min: 0, max: 2200 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    const date = fc.record({
      start: iso,
      end: fc.option(iso, { nil: undefined }),
      precision: fc.constantFrom('day' as const, 'month' as const, 'year' as const),
    });
    fc.assert(
      fc.property(date, (d) => {
        expect(eventExtent(d)).toEqual(eventExtentByInterval(d));
      }),
      { numRuns: 3000 },
    );
    // Leap days and the turn of a century, where calendars go wrong.
    for (const start of ['2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '1999-12-31', '0099-12-31', '0100-01-01']) {
      for (const precision of ['day', 'month', 'year'] as const)
        expect(eventExtent({ start, precision })).toEqual(eventExtentByInterval({ start, precision }));
    }
  });

  it('draws a day as a point covering that day', () => {
    expect(markShape({ start: '2018-05-04', precision: 'day' })).toBe('point');
    expect(eventExtent({ start: '2018-05-04', precision: 'day' })).toEqual([day('2018-05-04'), day('2018-05-05')]);
  });

  it('draws a range of days as a bar covering both days', () => {
    expect(markShape({ start: '2023-09-04', end: '2023-09-05', precision: 'day' })).toBe('bar');
    expect(eventExtent({ start: '2023-09-04', end: '2023-09-05', precision: 'day' })).toEqual([day('2023-09-04'), day('2023-09-06')]);
  });

  it('draws a month or a year as a faded band across it', () => {
    expect(markShape({ start: '2018-05-01', precision: 'month' })).toBe('band');
    expect(eventExtent({ start: '2018-05-01', precision: 'month' })).toEqual([day('2018-05-01'), day('2018-06-01')]);
    expect(markShape({ start: '2010-01-01', precision: 'year' })).toBe('band');
    expect(eventExtent({ start: '2010-01-01', precision: 'year' })).toEqual([day('2010-01-01'), day('2011-01-01')]);
  });

  it('draws a multi-year span as a bar', () => {
    expect(markShape({ start: '2021-01-01', end: '2026-12-31', precision: 'year' })).toBe('bar');
    expect(eventExtent({ start: '2021-01-01', end: '2026-12-31', precision: 'year' })).toEqual([day('2021-01-01'), day('2027-01-01')]);
  });

  it('marks inferred and curated dates as uncertain and referenced events as not primary', () => {
    const { bundle } = seedBundle();
    const scale = scaleUtc()
      .domain([new Date('1999-01-01'), new Date('2027-01-01')])
      .range([0, 1000]);
    const model = buildTimelineModel(bundle.events, scale, 'place', (g) => g);
    const byId = new Map(model.marks.map((m) => [m.id, m]));
    expect(byId.get('2021-06-23-dushanbe-meeting')).toMatchObject({ shape: 'point', uncertain: true, primary: true });
    expect(byId.get('dushanbe-conference-2018')).toMatchObject({ shape: 'point', uncertain: false, primary: true });
    expect(byId.get('east-antiterror-2024')).toMatchObject({ shape: 'band', primary: false });
    // No two labels in one row overlap.
    const rows = new Map<number, [number, number][]>();
    for (const m of model.marks) {
      const w = m.label.length * 7;
      const span: [number, number] = m.labelSide === 'left' ? [m.labelX - w, m.x1] : [m.x0, m.labelX + w];
      for (const [a, b] of rows.get(m.row) ?? []) expect(span[1] <= a || span[0] >= b).toBe(true);
      rows.set(m.row, [...(rows.get(m.row) ?? []), span]);
    }
  });
});

describe('placeLabel', () => {
  it('puts the label right of the mark when it fits, else left, else shortens it', () => {
    expect(placeLabel('Short title', 100, 100, 0, 1000).labelSide).toBe('right');
    const left = placeLabel('A title that runs off the right edge', 950, 950, 0, 1000);
    expect(left.labelSide).toBe('left');
    expect(left.label).toBe('A title that runs off the right edge');
    const squeezed = placeLabel('A title long enough to run off both edges of a tiny plot', 60, 60, 0, 130);
    expect(squeezed.label.endsWith('…')).toBe(true);
    expect(squeezed.label.length * 7).toBeLessThanOrEqual(70);
    const wide = placeLabel('National Strategy for 2021-2026', -500, 1500, 0, 1000);
    expect(wide).toEqual({ label: 'National Strategy for 2021-2026', labelX: 9, labelSide: 'right' });
  });
});
