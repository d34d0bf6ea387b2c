import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../src/ingest/buildBundle';
import { findDateExpressions, resolveDateExpression, type ReferenceDate } from '../../src/ingest/dates';
import { loadKnowledge } from '../seedFixtures';

// Issue 22, item 5: a date is "stated" only when its day, month and year are words of the
// text; a span of time from an unknown now, a two-digit year or a day counted from another is
// inferred with its reason, or is no date at all.

const knowledge = loadKnowledge();
const DATELINE = 'DUSHANBE, 24.06.2021 (NIAT Khovar) – ';
const ref: ReferenceDate = { iso: '2021-06-24', text: '24.06.2021', start: 10, end: 20, source: 'dateline' };
const guess = { guess: { year: 2026, basis: 'year-unknown' as const, reason: 'a guess', evidence: [] } };

/** The date the primary event of one text gets, with the review lines. */
function primaryDate(text: string) {
  const { bundle, review } = buildBundle([{ id: 'doc', text }], knowledge, undefined, { fallbackYear: 2026 });
  const event = bundle.events.find((e) => e.sources.some((s) => s.role === 'primary'));
  return { id: event?.id, date: event?.date, review: review.map((r) => r.message) };
}

/** The expression found for exactly these words of a text, if any. */
const exprOf = (text: string, words: string, reference?: string) => findDateExpressions(text, reference).find((d) => d.text === words);

/** The resolved date of the expression for these words, failing the test when there is none. */
function resolvedOf(text: string, words: string, reference?: ReferenceDate) {
  const expr = exprOf(text, words, reference?.iso);
  expect(expr, `no date expression "${words}"`).toBeDefined();
  const r = resolveDateExpression(expr!, reference, text, guess);
  if (!r.ok) throw new Error(r.problem);
  return r.date;
}

describe('spans of time from an unknown now', () => {
  it('takes "within 3 days" for a bound, not a day, with or without a dateline', () => {
    const text = `${DATELINE}The SCO ministers will hold a meeting in Dushanbe within 3 days.`;
    expect(exprOf(text, 'within 3 days', ref.iso)).toBeUndefined();
    expect(findDateExpressions('The SCO ministers will hold a meeting in Dushanbe within 3 days')).toEqual([]);
  });

  it('takes "in a few days" for no day at all: chrono\'s "few" is a number it made up', () => {
    expect(exprOf(`${DATELINE}They will meet in a few days.`, 'in a few days', ref.iso)).toBeUndefined();
    expect(findDateExpressions(`${DATELINE}They will meet in the coming days.`, ref.iso).map((d) => d.text)).toEqual(['24.06.2021']);
  });

  it('takes "in 2 hours" for no day at all', () => {
    expect(findDateExpressions(`${DATELINE}They will meet in 2 hours.`, ref.iso).map((d) => d.text)).toEqual(['24.06.2021']);
  });

  it('counts "tonight" and "in a week" from the dateline, as inferred, with the reason', () => {
    const tonight = `${DATELINE}They will meet tonight.`;
    expect(resolvedOf(tonight, 'tonight', ref)).toMatchObject({
      start: '2021-06-24',
      basis: 'inferred',
      reason: '"tonight" counted from the dateline 24.06.2021',
    });
    const week = `${DATELINE}They will meet in a week.`;
    expect(resolvedOf(week, 'in a week', ref)).toMatchObject({
      start: '2021-07-01',
      basis: 'inferred',
      reason: '"in a week" counted from the dateline 24.06.2021',
    });
  });

  it('gives no date to "tonight" or "in a week" without a dateline to count from', () => {
    expect(findDateExpressions('They will meet tonight, and again in a week.')).toEqual([]);
  });
});

describe('two-digit years', () => {
  it('reads "5 March 99" as 1999, inferred, saying the year was written with two digits', () => {
    const d = resolvedOf('The ministers met on 5 March 99 in Dushanbe.', 'on 5 March 99');
    expect(d).toMatchObject({ start: '1999-03-05', precision: 'day', basis: 'inferred' });
    expect(d.reason).toMatch(/written with two digits \("99"\)/);
  });

  it('reads "05.03.99" day first, as the agencies write dates, and not as a stated year', () => {
    const d = resolvedOf('The ministers met on 05.03.99 in Dushanbe.', '05.03.99');
    expect(d).toMatchObject({ start: '1999-03-05', basis: 'inferred' });
    expect(d.reason).toMatch(/two digits/);
  });

  it('does not call a day stated from a dateline whose year has two digits', () => {
    const text = 'DUSHANBE, 24.06.21 (NIAT Khovar) – On 24 June, the ministers met.';
    const short: ReferenceDate = { iso: '2021-06-24', text: '24.06.21', start: 10, end: 18, source: 'dateline' };
    expect(resolvedOf(text, 'On 24 June', short).basis).toBe('inferred');
    // The same day with a four-digit dateline is stated: both its words and its year are in the text.
    expect(resolvedOf(`${DATELINE}On 24 June, the ministers met.`, 'On 24 June', ref).basis).toBe('stated');
  });
});

describe('a year taken from the dateline', () => {
  it('calls only the dateline\'s own day stated, not a range "September 16-17" under "16 September 2022"', () => {
    const text = 'DUSHANBE, 16 September 2022 – The summit is scheduled for September 16-17 in Dushanbe.';
    const dateline: ReferenceDate = { iso: '2022-09-16', text: '16 September 2022', start: 10, end: 27, source: 'dateline' };
    expect(resolvedOf(text, 'September 16-17', dateline)).toMatchObject({ start: '2022-09-16', end: '2022-09-17', basis: 'inferred' });
    expect(resolvedOf('DUSHANBE, 16 September 2022 – The summit opened on September 16.', 'September 16', dateline).basis).toBe('stated');
  });
});

describe('days counted from another day', () => {
  it('calls "two days after 5 March 2021" inferred: the 7th is not in the text', () => {
    const d = resolvedOf('They met two days after 5 March 2021.', 'two days after 5 March 2021');
    expect(d).toMatchObject({ start: '2021-03-07', basis: 'inferred' });
    expect(d.reason).toMatch(/counted/);
  });

  it('never takes the year of chrono\'s own clock for "3 days before March 5"', () => {
    const text = 'They met 3 days before March 5.';
    for (const e of findDateExpressions(text)) {
      const r = resolveDateExpression(e, undefined, text, guess);
      if (r.ok) expect(r.date.basis).not.toBe('stated');
      if (r.ok) expect(r.date.start.slice(0, 4)).not.toBe('2000');
    }
    const counted = resolvedOf(`${DATELINE}${text}`, '3 days before March 5', ref);
    expect(counted).toMatchObject({ start: '2021-03-02', basis: 'inferred' });
  });
});

describe('stated dates stay stated', () => {
  it.each([
    ['They met on 5 March 2021.', 'on 5 March 2021', '2021-03-05'],
    ['The meeting will be held on the fifth of March 2021.', 'fifth of March 2021', '2021-03-05'],
    ['- The Daily Paper - Monday, March 3, 2014', 'Monday, March 3, 2014', '2014-03-03'],
    ['They met on 18-19 October 2022 in Dushanbe.', '18-19 October 2022', '2022-10-18'],
    ['They met on September 16-17, 2021 in Dushanbe.', 'September 16-17, 2021', '2021-09-16'],
    ['They met on 24.06.2021 in Dushanbe.', '24.06.2021', '2021-06-24'],
  ])('%s', (text, words, start) => {
    expect(resolvedOf(text, words)).toMatchObject({ start, basis: 'stated' });
  });
});

describe('the bundle never invents a stated date', () => {
  it('does not date "will hold a meeting in Dushanbe within 3 days" at all, stated or counted', () => {
    const bare = primaryDate('The SCO ministers will hold a meeting in Dushanbe within 3 days');
    expect(bare.id).not.toMatch(/^2000-/);
    expect(bare.date?.basis).toBe('undated');
    const dated = primaryDate(`${DATELINE}The SCO ministers will hold a meeting in Dushanbe within 3 days.`);
    expect(dated.date).toMatchObject({ start: '2021-06-01', precision: 'month', basis: 'inferred' });
    expect(dated.date?.asStated).toBeUndefined();
  });

  it('dates "will hold a meeting in Dushanbe tonight" on the dateline\'s day, inferred', () => {
    const { date } = primaryDate(`${DATELINE}The SCO ministers will hold a meeting in Dushanbe tonight.`);
    expect(date).toMatchObject({ start: '2021-06-24', precision: 'day', basis: 'inferred', asStated: 'tonight' });
    expect(date?.reason).toMatch(/counted from the dateline 24\.06\.2021/);
  });

  it('never dates a meeting "in 2 hours" or "in a few days" as a stated day', () => {
    for (const span of ['in 2 hours', 'in a few days', 'in the coming days']) {
      const { date } = primaryDate(`${DATELINE}The SCO ministers will hold a meeting in Dushanbe ${span}.`);
      expect(date).toMatchObject({ start: '2021-06-01', precision: 'month', basis: 'inferred' });
    }
  });

  it('dates "held a meeting in Dushanbe on 5 March 99" in 1999, inferred, and says why', () => {
    for (const text of [
      'The SCO ministers held a meeting in Dushanbe on 5 March 99.',
      `${DATELINE}The SCO ministers held a meeting in Dushanbe on 5 March 99.`,
    ]) {
      const { date } = primaryDate(text);
      expect(date).toMatchObject({ start: '1999-03-05', basis: 'inferred' });
      expect(date?.reason).toMatch(/two digits/);
    }
  });

  it('dates "met two days after 5 March 2021" on the 7th, inferred', () => {
    const { date } = primaryDate('The SCO ministers met in Dushanbe two days after 5 March 2021.');
    expect(date).toMatchObject({ start: '2021-03-07', basis: 'inferred' });
  });
});
