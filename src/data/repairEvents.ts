import type { EventRecord } from './bundleSchema';

/** Days in each month of a common year; February gains one in a leap year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True when an ISO "YYYY-MM-DD" string (its shape already checked) names a day of the calendar:
 * "2019-02-30" and "2019-13-45" have the shape of dates but are none. Read digit by digit, as
 * this runs over every event of a bundle before the first draw.
 */
export function isCalendarDate(iso: string): boolean {
  const digit = (i: number) => iso.charCodeAt(i) - 48;
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const month = digit(5) * 10 + digit(6);
  const day = digit(8) * 10 + digit(9);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= MONTH_DAYS[month - 1]! + (leap ? 1 : 0);
}

/** Lists ids in a warning: the first few, then how many more. */
const some = (ids: string[]) => `${ids.slice(0, 5).join(', ')}${ids.length > 5 ? `, and ${ids.length - 5} more` : ''}`;

/**
 * The events a view can draw, with what was wrong with the others: an id an earlier event has
 * already (the first is kept, since a link, a selection and the reader find events by id), a
 * start that is no calendar day (the event is left out: it has no place in time), and an end
 * that is no calendar day or comes before the start (the end is dropped, keeping the start the
 * source gives). Events that need nothing are kept as they are; the input is never changed.
 */
export function repairEvents(events: EventRecord[]): { events: EventRecord[]; warnings: string[] } {
  const seen = new Set<string>();
  const repeated: string[] = [];
  const undatable: string[] = [];
  const badEnds: string[] = [];
  let changed = false;
  const kept: EventRecord[] = [];
  for (const e of events) {
    if (seen.has(e.id)) {
      repeated.push(e.id);
      changed = true;
      continue;
    }
    seen.add(e.id);
    const { start, end } = e.date;
    if (!isCalendarDate(start)) {
      undatable.push(`${e.id} (${start})`);
      changed = true;
      continue;
    }
    if (end !== undefined && (!isCalendarDate(end) || end < start)) {
      badEnds.push(`${e.id} (${start} to ${end})`);
      const { end: _dropped, ...date } = e.date;
      kept.push({ ...e, date });
      changed = true;
      continue;
    }
    kept.push(e);
  }
  const warnings: string[] = [];
  if (repeated.length) warnings.push(`${repeated.length} event(s) repeated the id of an earlier event and were left out: ${some([...new Set(repeated)])}`);
  if (undatable.length) warnings.push(`${undatable.length} event(s) had a start that is not a calendar date and were left out: ${some(undatable)}`);
  if (badEnds.length) warnings.push(`${badEnds.length} event(s) had an end that is not a calendar date or comes before the start; it was dropped: ${some(badEnds)}`);
  return { events: changed ? kept : events, warnings };
}
