import type { DateExpression } from './dateTypes';

const MONTHS = [
  ['jan', 'january'],
  ['feb', 'february'],
  ['mar', 'march'],
  ['apr', 'april'],
  ['may'],
  ['jun', 'june'],
  ['jul', 'july'],
  ['aug', 'august'],
  ['sep', 'sept', 'september'],
  ['oct', 'october'],
  ['nov', 'november'],
  ['dec', 'december'],
];
const MONTH_NUMBER = new Map(MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
const MONTH = `(${MONTHS.flat()
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const JOIN = '\\s*(?:-|–|—|to|and|till|until|through)\\s*';
const YEAR = '(?:,?\\s+((?:19|20)\\d{2})\\b)?';

// Ranges chrono reads wrongly or in part: "October 14th – 15th" (it stops at the first day),
// "from 14 to 16 May" (it reads the first of May), "May 30-June 1, 2019" (it keeps only June 1).
const MONTH_DAY_DAY = new RegExp(`\\b${MONTH}\\s+${DAY}${JOIN}${DAY}\\b${YEAR}`, 'gi');
const DAY_DAY_MONTH = new RegExp(`\\b${DAY}${JOIN}${DAY}\\s+(?:of\\s+)?${MONTH}\\b${YEAR}`, 'gi');
const MONTH_DAY_MONTH_DAY = new RegExp(`\\b${MONTH}\\s+${DAY}${JOIN}${MONTH}\\s+${DAY}\\b${YEAR}`, 'gi');
const DAY_MONTH_DAY_MONTH = new RegExp(`\\b${DAY}\\s+${MONTH}${JOIN}${DAY}\\s+${MONTH}\\b${YEAR}`, 'gi');

/** The number of a month from its English name or abbreviation, if it is one. */
export const monthNumber = (name: string) => MONTH_NUMBER.get(name.toLowerCase().replace(/\.$/, ''));

/** True when the day exists in that month (in a leap year when the year is not known). */
const plausibleDay = (month: number, day: number, year = 2000) => day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Day ranges written with a month name, found by pattern because chrono misreads them; each
 * range carries the year only when the text writes it.
 */
export function findDayRanges(text: string): DateExpression[] {
  const out: DateExpression[] = [];
  const push = (m: RegExpMatchArray, m1: number, d1: number, m2: number, d2: number, year?: string) => {
    const y = year ? Number(year) : undefined;
    if (!m1 || !m2 || !plausibleDay(m1, d1, y) || !plausibleDay(m2, d2, y)) return;
    if (m1 === m2 && d2 <= d1) return;
    const start = m.index!;
    const end = start + m[0].length;
    if (out.some((o) => start < o.end && end > o.start)) return;
    out.push({ start, end, text: m[0], from: { year: y, month: m1, day: d1 }, to: { year: y, month: m2, day: d2 }, relative: false });
  };
  for (const m of text.matchAll(MONTH_DAY_MONTH_DAY)) push(m, monthNumber(m[1]!)!, +m[2]!, monthNumber(m[3]!)!, +m[4]!, m[5]);
  for (const m of text.matchAll(DAY_MONTH_DAY_MONTH)) push(m, monthNumber(m[2]!)!, +m[1]!, monthNumber(m[4]!)!, +m[3]!, m[5]);
  for (const m of text.matchAll(MONTH_DAY_DAY)) push(m, monthNumber(m[1]!)!, +m[2]!, monthNumber(m[1]!)!, +m[3]!, m[4]);
  for (const m of text.matchAll(DAY_DAY_MONTH)) push(m, monthNumber(m[3]!)!, +m[1]!, monthNumber(m[3]!)!, +m[2]!, m[4]);
  return out;
}
