import type { Random } from './random';
import { weightedSampler } from './random';

/** The first year synthetic events fall in. */
export const FIRST_YEAR = 1995;
/** The last year synthetic events fall in. */
export const LAST_YEAR = 2025;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) of a calendar date; month is 1-based. */
export const dayNumber = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / DAY_MS;

/** The first day synthetic events may start on. */
export const FIRST_DAY = dayNumber(FIRST_YEAR, 1, 1);
/** The last day synthetic events may start or end on. */
export const LAST_DAY = dayNumber(LAST_YEAR, 12, 31);

/** Year, month (1-based) and day of a day number. */
export function calendarOf(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO YYYY-MM-DD of a day number. */
export const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** English month names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const monthName = (m: number) => MONTHS[m - 1]!;
const pad2 = (n: number) => String(n).padStart(2, '0');

/** "04.05.2018", the day-first numeric form Central Asian agencies put in datelines. */
export function numericDate(day: number): string {
  const c = calendarOf(day);
  return `${pad2(c.day)}.${pad2(c.month)}.${c.year}`;
}

/** The styles a day or a day range is written in. */
export type DayStyle = 'dmy' | 'mdy';

/** "4 May 2018" or "May 4, 2018"; without the year when `withYear` is false. */
export function writtenDay(day: number, style: DayStyle, withYear = true): string {
  const c = calendarOf(day);
  if (style === 'dmy') return withYear ? `${c.day} ${monthName(c.month)} ${c.year}` : `${c.day} ${monthName(c.month)}`;
  return withYear ? `${monthName(c.month)} ${c.day}, ${c.year}` : `${monthName(c.month)} ${c.day}`;
}

/** "4–5 September 2023", "September 4-5, 2023", "30 June – 2 July 2019"; without the year on request. */
export function writtenRange(start: number, end: number, style: DayStyle, withYear = true): string {
  const a = calendarOf(start);
  const b = calendarOf(end);
  const year = withYear ? b.year : undefined;
  if (a.year !== b.year) return `${writtenDay(start, style)} – ${writtenDay(end, style)}`;
  if (a.month === b.month) {
    return style === 'dmy'
      ? `${a.day}–${b.day} ${monthName(a.month)}${year ? ` ${year}` : ''}`
      : `${monthName(a.month)} ${a.day}-${b.day}${year ? `, ${year}` : ''}`;
  }
  return style === 'dmy'
    ? `${a.day} ${monthName(a.month)} – ${b.day} ${monthName(b.month)}${year ? ` ${year}` : ''}`
    : `${monthName(a.month)} ${a.day} - ${monthName(b.month)} ${b.day}${year ? `, ${year}` : ''}`;
}

/** "June 2019". */
export function writtenMonth(day: number): string {
  const c = calendarOf(day);
  return `${monthName(c.month)} ${c.year}`;
}

/** When in a year the diplomatic calendar is busy: SCO summits in June, UN week in September, and so on. */
const SEASONS = [
  { dayOfYear: 105, weight: 0.15 },
  { dayOfYear: 165, weight: 0.35 },
  { dayOfYear: 258, weight: 0.3 },
  { dayOfYear: 310, weight: 0.2 },
];

/** A sampled date: its day, and the busy season it belongs to, if any. */
export interface SampledDay {
  day: number;
  /** `${year}:${season}` for a date in a cluster, so events of one cluster can share a host city. */
  cluster?: string;
}

/**
 * Samples event days across 1995–2025 in bursts: later years carry more news, a few busy
 * years carry much more, and most events crowd around a handful of summit seasons each year.
 */
export function createDaySampler(rng: Random): (rng: Random) => SampledDay {
  const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
  const busy = new Set<number>();
  while (busy.size < 4) busy.add(rng.int(FIRST_YEAR + 3, LAST_YEAR));
  const yearWeights = years.map((y) => (0.3 + (y - FIRST_YEAR) / 12) * (busy.has(y) ? 2.5 : 1));
  // Each year's seasons drift a little, as summit dates do.
  const centres = years.map(() => SEASONS.map((s) => s.dayOfYear + rng.int(-12, 12)));
  const pickYear = weightedSampler(yearWeights);
  const pickSeason = weightedSampler(SEASONS.map((s) => s.weight));
  return (r) => {
    const yi = pickYear(r);
    const year = years[yi]!;
    const first = dayNumber(year, 1, 1);
    const last = dayNumber(year, 12, 31);
    if (r.chance(0.3)) return { day: r.int(first, last) };
    const season = pickSeason(r);
    const centre = first + centres[yi]![season]! - 1;
    const day = Math.min(last, Math.max(first, centre + Math.round(r.normal() * 4)));
    return { day, cluster: `${year}:${season}` };
  };
}
