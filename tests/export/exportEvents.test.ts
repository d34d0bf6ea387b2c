import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { eventsToCsv, eventsToJson, eventsToTimelineJs } from '../../src/export/exportEvents';
import { seedBundle } from '../seedFixtures';

const { bundle } = seedBundle();

describe('event export', () => {
  it('writes CSV that a real parser reads back row for row', () => {
    const csv = eventsToCsv(bundle.events, bundle);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(bundle.events.length);
    const tashkent = parsed.data.find((r) => r.id === '2024-09-04-tashkent-conference')!;
    expect(tashkent).toMatchObject({ place: 'Tashkent', start: '2024-09-04', end: '2024-09-05', basis: 'curated', as_stated: 'September 4-5' });
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
      for (const k of Object.keys(e)) expect(['start_date', 'end_date', 'text', 'group', 'unique_id', 'media', 'display_date', 'background', 'autolink']).toContain(k);
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
