import { describe, expect, it } from 'vitest';
import { findDateExpressions, resolveDateExpression, type ReferenceDate } from '../../src/ingest/dates';
import { seedText } from '../seedFixtures';

const resolveFirst = (text: string, ref?: ReferenceDate, pick = 0) => {
  const exprs = findDateExpressions(text, ref?.iso);
  const r = resolveDateExpression(exprs[pick]!, ref, text);
  if (!r.ok) throw new Error(r.problem);
  return r.date;
};

describe('findDateExpressions', () => {
  it('reads numeric dates day first, as the Central Asian agencies write them', () => {
    const [d] = findDateExpressions('DUSHANBE, 04.05.2018 (NIAT Khovar) – text');
    expect(d!.from).toEqual({ year: 2018, month: 5, day: 4 });
    expect(d!.text).toBe('04.05.2018');
  });

  it('finds the written dates of the seed sentences with their offsets', () => {
    const text = seedText('004');
    const found = findDateExpressions(text, '2021-06-24').map((d) => d.text);
    expect(found).toEqual(['24.06.2021', 'Yesterday', 'June 15, 2001', 'July 4, 2000', 'September 16-17, 2021']);
    for (const d of findDateExpressions(text, '2021-06-24')) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it('finds bare years and year ranges chrono leaves out', () => {
    const text = seedText('002');
    const range = findDateExpressions(text).find((d) => d.text === '2021-2026');
    expect(range?.from.year).toBe(2021);
    expect(range?.to?.year).toBe(2026);
    expect(findDateExpressions(seedText('003')).some((d) => d.text === '2010')).toBe(true);
  });

  it('marks "towards 2025" as a deadline, not an event date', () => {
    const d = findDateExpressions('the SCO Development Strategy Towards 2025 and').find((x) => x.text === '2025');
    expect(d?.target).toBe(true);
  });

  it('does not take "now" or a clock time for a date', () => {
    expect(findDateExpressions('had now proved its significance at 07:48')).toEqual([]);
  });
});

describe('resolveDateExpression', () => {
  const ref2021: ReferenceDate = { iso: '2021-06-24', text: '24.06.2021', start: 0, end: 10 };

  it('counts "Yesterday" back from the dateline and calls it inferred', () => {
    const d = resolveFirst('Yesterday, the Secretary chaired the meeting.', ref2021);
    expect(d).toMatchObject({ start: '2021-06-23', precision: 'day', basis: 'inferred' });
    expect(d.reason).toMatch(/24\.06\.2021/);
  });

  it('never calls a year stated when the text does not give it', () => {
    const d = resolveFirst('On July 3, the delegates met.', ref2021);
    expect(d.start).toBe('2021-07-03');
    expect(d.basis).toBe('inferred');
  });

  it('takes a month well after the publication month from the year before', () => {
    const d = resolveFirst('On December 12, the delegates met.', { iso: '2021-02-01', text: '01.02.2021', start: 0, end: 10 });
    expect(d.start).toBe('2020-12-12');
  });

  it('reads "September 4-5" as a two-day range', () => {
    const d = resolveFirst('On September 4-5, Tashkent hosts events.', { iso: '2023-09-05', text: '05.09.2023', start: 0, end: 10 });
    expect(d).toMatchObject({ start: '2023-09-04', end: '2023-09-05', precision: 'day' });
  });

  it('refuses a year-less date in an article without a dateline', () => {
    const text = 'On September 4-5, Tashkent hosts events.';
    const r = resolveDateExpression(findDateExpressions(text)[0]!, undefined, text);
    expect(r.ok).toBe(false);
  });

  it('keeps month and year precision', () => {
    expect(resolveFirst('launched in May 2018 during')).toMatchObject({ start: '2018-05-01', precision: 'month', basis: 'stated' });
    expect(resolveFirst('for 2021-2026 and')).toMatchObject({ start: '2021-01-01', end: '2026-12-31', precision: 'year' });
  });
});

describe('weekdays and spans of time', () => {
  const ref = (iso: string, extra: Partial<ReferenceDate> = {}): ReferenceDate => ({
    iso,
    text: iso,
    start: 0,
    end: 0,
    source: 'dateline',
    ...extra,
  });

  it('counts a weekday in a clause that looks ahead forward, and one in a past clause back', () => {
    // Filed on Monday 13 September 2021.
    const ahead = 'The leaders will speak at a jubilee summit in Dushanbe on Friday to discuss the situation.';
    expect(findDateExpressions(ahead, '2021-09-13').find((d) => d.text === 'on Friday')?.relativeValue).toBe('2021-09-17');
    const past = 'On Thursday, the city hosted a meeting of the leaders of the Collective Security Treaty Organization.';
    expect(findDateExpressions(past, '2021-09-17').find((d) => /Thursday/.test(d.text))?.relativeValue).toBe('2021-09-16');
  });

  it('reads the weekday of "said a statement issued here on Monday" as past, though the sentence looks ahead', () => {
    const text =
      'Foreign Ministers of all SCO Member States are expected to attend the meeting, said a Foreign Office statement issued here on Monday.';
    expect(findDateExpressions(text, '2019-05-21').find((d) => d.text === 'on Monday')?.relativeValue).toBe('2019-05-20');
  });

  it('takes "over the past 20 years" for a span of time, not a date', () => {
    const text = 'to discuss the organization’s activities over the past 20 years and crucial world problems';
    expect(findDateExpressions(text, '2021-09-17')).toEqual([]);
  });

  it('counts no weekday from a dateline whose year is a guess', () => {
    const text = 'On Friday, the leaders met.';
    const [expr] = findDateExpressions(text, '2001-09-17');
    const guessed = ref('2001-09-17', { yearFrom: { year: 2001, basis: 'year-unknown', reason: 'a guess', evidence: [] } });
    const r = resolveDateExpression(expr!, guessed, text);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.problem).toMatch(/is a weekday, and the dateline 2001-09-17 has no year/);
    expect(resolveDateExpression(expr!, ref('2001-09-17'), text).ok).toBe(true);
  });
});
