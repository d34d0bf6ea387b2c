import { describe, expect, it } from 'vitest';
import { readMetadata, urlDateOf } from '../../src/ingest/metadata';
import { evalText } from './evalFixtures';

const slice = (text: string, s?: { start: number; end: number }) => (s ? text.slice(s.start, s.end) : undefined);

describe('readMetadata', () => {
  it('reads a TASS dateline with its country and agency, and the year-less stamp above it', () => {
    const text = evalText('05_');
    const m = readMetadata(text);
    expect(m.datelineCity).toBe('QINGDAO');
    expect(m.publisher).toBe('TASS');
    expect(m.reference).toBeUndefined();
    expect(m.partialReference).toMatchObject({ month: 6, day: 10 });
  });

  it('takes the dateline city of a Khovar report, not a city in its first sentence', () => {
    const m = readMetadata(evalText('09_'));
    expect(m.datelineCity).toBe('DUSHANBE');
    expect(m.reference?.iso).toBe('2023-11-23');
    expect(m.publisher).toBe('NIAT Khovar');
  });

  it('reads a page stamp with a weekday and a clock as the publication date', () => {
    const text = evalText('06_');
    const m = readMetadata(text);
    expect(m.reference?.iso).toBe('2019-10-11');
    expect(m.stamps.some((s) => slice(text, s)!.includes('4 minutes ago'))).toBe(true);
  });

  it('reads "03-11-2016" day first, as 3 November', () => {
    expect(readMetadata(evalText('a10_')).reference?.iso).toBe('2016-11-03');
  });

  it('reads a closing source line "(Xinhua News Agency March 30, 2006)" as the publication date', () => {
    expect(readMetadata(evalText('a03_')).reference).toMatchObject({ iso: '2006-03-30', source: 'stamp' });
  });

  it('reads a dateline without a year: "BAKU, Azerbaijan, October 17."', () => {
    const m = readMetadata(evalText('10_'));
    expect(m.datelineCity).toBe('BAKU');
    expect(m.partialReference).toMatchObject({ month: 10, day: 17 });
  });

  it('skips page furniture for the title and reads "• publish: 12 September 2020"', () => {
    const text = evalText('a13_');
    const m = readMetadata(text);
    expect(slice(text, m.title)).toMatch(/^Tajikistan’s delegation ended 2-day trip/);
    expect(m.reference?.iso).toBe('2020-09-12');
  });

  it('reads Source: and Published: header lines above the title', () => {
    const text =
      'Source: https://astanatimes.com/2015/07/nazarbayev-attends/\nPublished: 11 July 2015\nNazarbayev Attends SCO Summit\n\nHe travelled to Ufa on July 9-10.';
    const m = readMetadata(text);
    expect(slice(text, m.title)).toBe('Nazarbayev Attends SCO Summit');
    expect(m.reference).toMatchObject({ iso: '2015-07-11', source: 'header' });
    expect(m.urlDate).toMatchObject({ year: 2015, month: 7 });
  });

  it('reads a signature only when it looks like a name, not a cut-off sentence', () => {
    expect(readMetadata('Title here now\n\nBody text goes here.\n\nThe two countries').publisher).toBeUndefined();
    expect(readMetadata('Title here now\n\nBody text goes here.\n\nUzA').publisher).toBe('UzA');
  });
});

describe('readMetadata of a joint release', () => {
  it('reads "DUSHANBE/NEW YORK/VIENNA, 16 September 2022 –" as a dateline that beats the page stamp above the title', () => {
    const text = evalText('d08_');
    const m = readMetadata(text);
    expect(m.datelineCity).toBe('DUSHANBE');
    expect(slice(text, m.dateline)).toBe('DUSHANBE/NEW YORK/VIENNA, 16 September 2022');
    // "• February 12, 2025" above the title is when the page was last touched.
    expect(m.reference).toMatchObject({ iso: '2022-09-16', source: 'dateline' });
  });
});

describe('urlDateOf', () => {
  it('reads /2015/07/ and /20110722/ paths, and nothing from a host name', () => {
    expect(urlDateOf('https://astanatimes.com/2015/07/nazarbayev/')).toEqual({ year: 2015, month: 7 });
    expect(urlDateOf('https://www.asiaplustj.info/en/news/tajikistan/security/20110722/strengthening')).toEqual({ year: 2011, month: 7 });
    expect(urlDateOf('https://news2019.example.com/story')).toBeUndefined();
  });
});
