import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../src/ingest/buildBundle';
import { loadKnowledge } from '../seedFixtures';
import { evalText } from './evalFixtures';

const knowledge = loadKnowledge();

/** The primary event and review lines of one real report ingested on its own. */
function primaryOfText(text: string, id = 'doc') {
  const { bundle, review } = buildBundle([{ id, text }], knowledge, undefined, { fallbackYear: 2026 });
  const event = bundle.events.find((e) => e.sources.some((s) => s.documentId === id && s.role === 'primary'));
  return { event, review: review.map((r) => r.message) };
}

describe('the primary event of real reports', () => {
  it('puts a Khovar report datelined DUSHANBE about a meeting in Minsk in Minsk, and says so', () => {
    const { event, review } = primaryOfText(evalText('09_'));
    expect(event?.placeId).toBe('minsk');
    expect(event?.date).toMatchObject({ start: '2023-11-22', precision: 'day', basis: 'inferred' });
    expect(review.some((r) => /dateline city "DUSHANBE" is not where the meeting took place/.test(r))).toBe(true);
  });

  it('reads "the Third two-day meeting … is concluding in Almaty today" as 21–22 July 2011 in Almaty', () => {
    const { event } = primaryOfText(evalText('02_'));
    expect(event?.placeId).toBe('almaty');
    expect(event?.date).toMatchObject({ start: '2011-07-21', end: '2011-07-22', basis: 'inferred' });
    expect(event?.date.reason).toMatch(/two-day/);
  });

  it('keeps a report whose text never gives the year, as year unknown, flagged', () => {
    const { event, review } = primaryOfText(evalText('01_'));
    expect(event?.placeId).toBe('astana');
    expect(event?.date).toMatchObject({ start: '2026-10-14', end: '2026-10-15', basis: 'year-unknown' });
    expect(review.some((r) => r.startsWith('year unknown'))).toBe(true);
  });

  it('infers the year from a follow-up planned for the next year, and ignores that distractor as a date', () => {
    const { event } = primaryOfText(evalText('08_'));
    expect(event?.placeId).toBe('samarkand');
    expect(event?.date.start.slice(0, 7)).toBe('2022-09');
    expect(event?.date.basis).toBe('inferred');
    expect(event?.date.reason).toMatch(/2023/);
  });

  it('takes the meeting day "On October 16" over the dateline day, and the meeting city over BAKU', () => {
    const { event } = primaryOfText(evalText('10_'));
    expect(event?.placeId).toBe('samarkand');
    expect(event?.date.start.slice(5)).toBe('10-16');
    expect(event?.date.basis).not.toBe('stated');
  });

  it('gives a title that is a phrase from the text, and the kind from its words', () => {
    const { event } = primaryOfText(evalText('10_'));
    expect(event?.kind).toBe('meeting');
    expect(event?.title).toMatch(/^57th meeting of the Council of heads of security and special service agencies of the CIS member states/);
  });

  it('never takes "Shanghai" in "Shanghai Convention" for the meeting place', () => {
    const text = 'SCO officials meet\n\nOn 5 May 2019, the officials recalled the Shanghai Convention at a meeting in Bishkek.';
    expect(primaryOfText(text).event?.placeId).toBe('bishkek');
  });

  it('keeps an article without any date as an undated event', () => {
    const { event, review } = primaryOfText('Delegates meet\n\nDelegates of the CIS states met in Bishkek and discussed border security.');
    expect(event?.placeId).toBe('bishkek');
    expect(event?.date.basis).toBe('undated');
    expect(review.some((r) => r.startsWith('undated'))).toBe(true);
  });

  it('reports a page with a date but no meeting as such', () => {
    const { review } = primaryOfText('Currency rates\n\n12.04.2016\n\nThe dollar rose against the rouble.');
    expect(review.some((r) => r.startsWith('no meeting found in the text'))).toBe(true);
  });

  it('widens "wrapped up … on Friday" by the "2-day trip" of the title to both days', () => {
    const { event } = primaryOfText(evalText('a13_'));
    expect(event?.placeId).toBe('kabul');
    expect(event?.date).toMatchObject({ start: '2020-09-10', end: '2020-09-11', basis: 'inferred' });
  });

  it('reads "set to start tomorrow" and "will continue until 2 December" as 1–2 December', () => {
    const { event } = primaryOfText(evalText('b06_'));
    expect(event?.date).toMatchObject({ start: '2010-12-01', end: '2010-12-02' });
    expect(event?.title).toBe('OSCE Summit');
  });

  it('counts a "two-day meeting" back from the day it "will run through"', () => {
    const { event } = primaryOfText(evalText('b04_'));
    expect(event?.date.start.slice(5)).toBe('12-13');
    expect(event?.date.end?.slice(5)).toBe('12-14');
    expect(event?.date.basis).toBe('year-unknown');
  });

  it('dates a preview by the day it announces, "will be held in Bishkek on June 14", not by the month it was published', () => {
    const { event, review } = primaryOfText(evalText('c02_'));
    expect(event?.placeId).toBe('bishkek');
    expect(event?.date).toMatchObject({ start: '2019-06-14', precision: 'day', asStated: 'June 14' });
    expect(review).toContain('the only date for the event is one the report puts in the future');
  });

  it('places a preview where its meeting "will be held", but a briefing held elsewhere about it where it was held', () => {
    // d21: "... the 2nd CIS Conference on Combating Terrorism and Extremism will be held in Tashkent."
    expect(primaryOfText(evalText('d21_')).event?.placeId).toBe('tashkent');
    // d09: "... held a joint virtual briefing on the upcoming ... Conference ..., which will be held ... in Dushanbe."
    expect(primaryOfText(evalText('d09_')).event?.placeId).not.toBe('dushanbe');
  });

  it('does not take the seat of a body ("the OSCE Centre in Bishkek") for the venue', () => {
    const { event } = primaryOfText(evalText('b05_'));
    expect(event?.placeId).not.toBe('bishkek');
    expect(event?.date).toMatchObject({ start: '2009-04-15', end: '2009-04-16' });
  });
});

describe('previews and quoted names', () => {
  it('dates the release that announces a conference by the days it announces, with a slash dateline and wrapped lines', () => {
    const { event, review } = primaryOfText(evalText('d08_'));
    expect(event?.placeId).toBe('dushanbe');
    expect(event?.date).toMatchObject({ start: '2022-10-18', end: '2022-10-19', basis: 'stated' });
    // The title is the event's name, on one line, though the text breaks it over two.
    expect(event?.title).toMatch(/^International High-Level Conference on “International and Regional Border Security/);
    expect(event?.title).not.toMatch(/\n/);
    expect(review).toContain('the only date for the event is one the report puts in the future');
  });

  it('takes the name the lead quotes for the conference, "entitled “…”", as its title', () => {
    const { event } = primaryOfText(evalText('d02_'));
    expect(event?.title).toBe('Conference “Countering Terrorism and Preventing Violent Extremism”');
  });

  it('reads a headline "Putin to discuss …" as a preview, so the summit it announces is the event, not the meeting of the day before', () => {
    const { event, review } = primaryOfText(evalText('d19_'));
    expect(event?.kind).toBe('summit');
    expect(event?.title).toMatch(/jubilee summit/i);
    // The dateline "MOSCOW/DUSHANBE, September 17." gives no year, so no weekday can be counted from it.
    expect(event?.date.basis).toBe('year-unknown');
    expect(review.some((r) => /"On Thursday," is a weekday, and the dateline September 17 has no year/.test(r))).toBe(true);
  });
});
