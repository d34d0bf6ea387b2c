import { utcFormat } from 'd3-time-format';
import type { EventDate } from '../data/bundleSchema';

const day = utcFormat('%-d %B %Y');
const dayMonth = utcFormat('%-d %B');
const dayOnly = utcFormat('%-d');
const month = utcFormat('%B %Y');
const year = utcFormat('%Y');

/** Parses an ISO calendar date as UTC midnight. */
export const parseIsoDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A date as people write it, at the precision the source supports: "4–5 September 2023", "June
 * 2017", and "4–5 September, year unknown" where the year is only a guess.
 */
export function formatEventDate(date: Pick<EventDate, 'start' | 'end' | 'precision'> & { basis?: EventDate['basis'] }): string {
  if (date.basis === 'undated') return 'undated';
  if (date.basis === 'year-unknown') {
    const known = formatKnownParts(date);
    return `${known.replace(/\s*\d{4}(?=\b|$)/g, '')}, year unknown`;
  }
  return formatKnownParts(date);
}

/** The date at its precision, with its year. */
function formatKnownParts(date: Pick<EventDate, 'start' | 'end' | 'precision'>): string {
  const start = parseIsoDate(date.start);
  const end = date.end ? parseIsoDate(date.end) : undefined;
  if (date.precision === 'year')
    return end && end.getUTCFullYear() !== start.getUTCFullYear() ? `${year(start)}–${year(end)}` : year(start);
  if (date.precision === 'month')
    return end && date.end!.slice(0, 7) !== date.start.slice(0, 7) ? `${month(start)} – ${month(end)}` : month(start);
  if (!end || date.end === date.start) return day(start);
  if (start.getUTCFullYear() !== end.getUTCFullYear()) return `${day(start)} – ${day(end)}`;
  if (start.getUTCMonth() !== end.getUTCMonth()) return `${dayMonth(start)} – ${day(end)}`;
  return `${dayOnly(start)}–${day(end)}`;
}

/** Words for how a date is known, for tooltips and screen readers. */
export function describeBasis(date: Pick<EventDate, 'basis' | 'reason'>): string {
  if (date.basis === 'stated') return 'date stated in the source';
  if (date.basis === 'undated') return date.reason ? `undated: ${date.reason}` : 'the source gives no date';
  const what = date.basis === 'inferred' ? 'date inferred' : date.basis === 'year-unknown' ? 'year unknown, to be checked' : 'date curated';
  return date.reason ? `${what}: ${date.reason}` : what;
}
