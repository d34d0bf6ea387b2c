import { describe, expect, it } from 'vitest';
import { findDayRanges } from '../../src/ingest/dateRanges';
import { findDateExpressions } from '../../src/ingest/dates';
import { evalText } from './evalFixtures';

const only = (text: string) => findDateExpressions(text).filter((d) => d.to);

describe('day ranges', () => {
  it('reads "October 14th – 15th" from a real report as one range without a year', () => {
    const text = evalText('01_');
    const r = only(text).find((d) => d.text.startsWith('October 14th'))!;
    expect(r.text).toBe('October 14th – 15th');
    expect(r.from).toEqual({ year: undefined, month: 10, day: 14 });
    expect(r.to).toEqual({ year: undefined, month: 10, day: 15 });
  });

  it('reads "11 to 12 October 2021", "from 14 to 16 May" and "May 30-June 1, 2019"', () => {
    expect(only('held on 11 to 12 October 2021 in Astana')[0]).toMatchObject({
      from: { year: 2021, month: 10, day: 11 },
      to: { year: 2021, month: 10, day: 12 },
    });
    expect(only('from 14 to 16 May in Bishkek')[0]).toMatchObject({ from: { month: 5, day: 14 }, to: { month: 5, day: 16 } });
    expect(only('met May 30-June 1, 2019 in')[0]).toMatchObject({
      from: { year: 2019, month: 5, day: 30 },
      to: { year: 2019, month: 6, day: 1 },
    });
  });

  it('refuses a range that runs backwards or past the month', () => {
    expect(findDayRanges('on 15-14 May')).toEqual([]);
    expect(findDayRanges('on 30-31 February')).toEqual([]);
    expect(findDayRanges('on 14-15 May')).toHaveLength(1);
  });

  it('does not call a date with a weekday and a year relative', () => {
    const [d] = findDateExpressions('- The Daily Paper - Monday, March 3, 2014');
    expect(d).toMatchObject({ relative: false, from: { year: 2014, month: 3, day: 3 } });
  });

  it('reads Russian dates', () => {
    expect(findDateExpressions('Астана, 9 июня 2016 г.')[0]?.from).toEqual({ year: 2016, month: 6, day: 9 });
  });
});

describe('counted dates', () => {
  it('does not take a duration ("for two days") for a date, and counts "in two days" as relative', () => {
    const found = findDateExpressions(
      'It gathered officials for two days of discussions that ended today, and will meet again in two days.',
      '2009-04-16',
    );
    expect(found.map((d) => d.text)).toEqual(['today', 'in two days']);
    expect(found.every((d) => d.relative)).toBe(true);
  });

  it('takes a bare weekday in a report of the past a week back, and in a clause about the future ahead', () => {
    // 16 April 2009 was a Thursday.
    expect(findDateExpressions('The leaders met on Friday.', '2009-04-16')[0]?.relativeValue).toBe('2009-04-10');
    expect(findDateExpressions('The leaders will meet on Friday.', '2009-04-16')[0]?.relativeValue).toBe('2009-04-17');
  });

  it('never reads "past seven days" as a year', () => {
    expect(findDateExpressions('over the past seven days the talks went on', '2022-10-10').some((d) => d.from.year !== undefined)).toBe(
      false,
    );
  });
});
