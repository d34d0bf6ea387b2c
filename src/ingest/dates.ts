import * as chrono from 'chrono-node';
import type { EventDate } from '../data/bundleSchema';
import { findDayRanges, monthNumber } from './dateRanges';
import type { DateExpression, DateParts, ReferenceDate, YearHint, YearHints } from './dateTypes';

export type { DateExpression, DateParts, ReferenceDate } from './dateTypes';

const RELATIVE = /\b(yesterday|today|tonight|tomorrow|ago|last|next|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
// Day first with a four- or two-digit year ("04.05.2018", "05.03.99"), but not inside a longer
// run of numbers such as a version "1.2.10.4".
const NUMERIC_DATE = /(?<![\d./-])\b(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2}|\d{2})\b(?![./-]\d)/g;
// A month written out (in English or Russian), or a numeric date: what makes "Monday, March 3"
// a stated day, where "on Friday" or "in two days" is one chrono had to count.
const WRITTEN_DAY =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,2}[./-]\d{1,2}|(?:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)/i;
const RUSSIAN_MONTHS = ['янв', 'фев', 'мар', 'апр', 'ма[йя]', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
// "within 3 days", "in the next few days", "in a couple of days": a bound or a vague count from
// an unknown now, which names no day even counted from the dateline.
const SPAN_FROM_NOW =
  /^(?:within\s|next\s+(?:\d+|a|an|one|two|three|four|five|six|seven|few|several|couple)\s)|\b(?:few|several|couple)\b/i;
const YEAR_AFTER_WORD =
  /\b(?:in|since|of|for|from|by|until|till|during|year|years|to|towards|Towards)\s+((?:19|20)\d{2})(?:\s*[-–—]\s*((?:19|20)\d{2}))?\b(?![.:]\d)/g;
const YEAR_RANGE = /\b((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})\b/g;

/** Pads a number to two digits. */
const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO form of a date's first day: a year or month expression starts on its first day. */
export function isoStart(parts: DateParts): string {
  return `${parts.year}-${pad(parts.month ?? 1)}-${pad(parts.day ?? 1)}`;
}

/** The ISO form of a date's last day: a month expression ends on its last day. */
export function isoEnd(parts: DateParts): string {
  if (parts.day !== undefined) return isoStart(parts);
  if (parts.month !== undefined) {
    const last = new Date(Date.UTC(parts.year!, parts.month, 0)).getUTCDate();
    return `${parts.year}-${pad(parts.month)}-${pad(last)}`;
  }
  return `${parts.year}-12-31`;
}

/** True when the day exists in that month and year. */
function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const overlaps = (found: DateExpression[], start: number, end: number) => found.some((f) => start < f.end && end > f.start);

/** The century chrono gives a two-digit year: "99" is 1999, "21" is 2021. */
const fullYear = (yy: number) => (yy > 50 ? 1900 + yy : 2000 + yy);

/** Why a year written with two digits is not a stated one. */
const twoDigitReason = (digits: string, year: number) => `the year is written with two digits ("${digits}"), read as ${year}`;

/** Numeric dates, day first (dd.mm.yyyy, dd.mm.yy), as the Central Asian agencies write them. */
function findNumericDates(text: string): DateExpression[] {
  const found: DateExpression[] = [];
  for (const m of text.matchAll(NUMERIC_DATE)) {
    // Day first, as the agencies write them ("03-11-2016" is 3 November), unless the second
    // number cannot be a month ("6/27/2005").
    let [day, month] = [Number(m[1]), Number(m[3])];
    const short = m[4]!.length === 2;
    const year = short ? fullYear(Number(m[4])) : Number(m[4]);
    if (month > 12 && day <= 12) [day, month] = [month, day];
    if (!validDay(year, month, day)) continue;
    const expr: DateExpression = { start: m.index!, end: m.index! + m[0].length, text: m[0], from: { year, month, day }, relative: false };
    if (short) expr.unstated = twoDigitReason(m[4]!, year);
    found.push(expr);
  }
  return found;
}

/**
 * Every date expression in a text. Numeric dates are read day first (dd.mm.yyyy), as the
 * Central Asian agencies write them; chrono reads the written ones; bare years and year
 * ranges ("in 2010", "for 2021-2026") are found by pattern because chrono skips them.
 */
export function findDateExpressions(text: string, reference?: string): DateExpression[] {
  const found = findNumericDates(text);
  for (const r of findDayRanges(text)) if (!overlaps(found, r.start, r.end)) found.push(r);
  const refDate = reference ? new Date(`${reference}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  // Russian pages ("9 июня 2016 г.") are read with chrono's Russian parser as well.
  const parsed = chrono.en.parse(text, { instant: refDate, timezone: 0 });
  if (/[\u0400-\u04ff]/.test(text)) parsed.push(...chrono.ru.parse(text, { instant: refDate, timezone: 0 }));
  for (const r of parsed.sort((a, b) => a.index - b.index)) {
    // chrono keeps a trailing space ("June 9 "); the evidence is the words alone.
    if (overlaps(found, r.index, r.index + r.text.trimEnd().length)) continue;
    const expr = chronoExpression(text, r, refDate, reference);
    if (expr) found.push(expr);
  }
  for (const re of [YEAR_AFTER_WORD, YEAR_RANGE]) {
    for (const m of text.matchAll(re)) {
      const yearStart = m.index! + m[0].indexOf(m[1]!);
      const end = m.index! + m[0].length;
      if (overlaps(found, yearStart, end)) continue;
      const expr: DateExpression = {
        start: yearStart,
        end,
        text: text.slice(yearStart, end),
        from: { year: Number(m[1]) },
        relative: false,
      };
      if (m[2] && Number(m[2]) > Number(m[1])) expr.to = { year: Number(m[2]) };
      if (/\b(?:towards|until|till|by|up to)\s+$/i.test(text.slice(Math.max(0, yearStart - 12), yearStart))) expr.target = true;
      found.push(expr);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The parts chrono is certain of: what it read, or what it counted, but not what it assumed. */
const partsOf = (c: chrono.ParsedComponents): DateParts => ({
  year: c.isCertain('year') ? c.get('year')! : undefined,
  month: c.isCertain('month') ? c.get('month')! : undefined,
  day: c.isCertain('day') ? c.get('day')! : undefined,
});

/** The months a piece of text names (in English or Russian) or writes as the numbers of a numeric date. */
function monthsWritten(words: string): Set<number> {
  const months = new Set<number>();
  for (const m of words.matchAll(/[a-z]+\.?/gi)) {
    const n = monthNumber(m[0]);
    if (n) months.add(n);
  }
  RUSSIAN_MONTHS.forEach((stem, i) => {
    if (new RegExp(stem, 'i').test(words)) months.add(i + 1);
  });
  for (const m of words.matchAll(/(\d{1,2})[./-](\d{1,2})/g)) [m[1], m[2]].forEach((n) => months.add(Number(n)));
  return months;
}

/** The way English writes a day as a word: "fifth", "twenty-first", "thirtieth". */
function dayWord(day: number): string {
  if (day < 20) return ORDINALS[day - 1]!;
  const tens = day < 30 ? 'twenty' : 'thirty';
  if (day % 10 === 0) return tens.replace(/y$/, 'ieth');
  return `${tens}[-\\s]?${ORDINALS[(day % 10) - 1]}`;
}

/**
 * The parts chrono is certain of that the words do not write: the day number or word, the
 * month name or number, the four-digit year. "two days after 5 March 2021" does not write the
 * 7th; "3 days before March 5" does not write the year chrono took from its own clock.
 */
function unwrittenParts(words: string, parts: DateParts): (keyof DateParts)[] {
  const missing: (keyof DateParts)[] = [];
  if (parts.year !== undefined && !new RegExp(`(?<!\\d)${parts.year}(?!\\d)`).test(words)) missing.push('year');
  if (parts.month !== undefined && !monthsWritten(words).has(parts.month)) missing.push('month');
  if (parts.day !== undefined && !new RegExp(`(?<!\\d)0?${parts.day}(?:st|nd|rd|th)?(?!\\d)|\\b${dayWord(parts.day)}\\b`, 'i').test(words))
    missing.push('day');
  return missing;
}

/** True when chrono's reading of these words changes with the day it counts from: "3 days before March 5" takes its year from now. */
function dependsOnNow(words: string, parts: DateParts, instant: Date): boolean {
  const parser = /[\u0400-\u04ff]/.test(words) ? chrono.ru : chrono.en;
  // A year and five weeks on moves every part a reading from now could take.
  const [again] = parser.parse(words, { instant: new Date(instant.getTime() + 400 * 86_400_000), timezone: 0 });
  if (!again) return true;
  const other = partsOf(again.start);
  return other.year !== parts.year || other.month !== parts.month || other.day !== parts.day;
}

/**
 * What chrono's reading of some words says, where the words write it: a date counted from a
 * day the text names ("two days after 5 March 2021") or written with a two-digit year keeps
 * the reason it is not stated; one counted from now ("within 3 days", "3 days ago until June
 * 5") is relative, and needs a reference to count from.
 */
function chronoExpression(text: string, r: chrono.ParsedResult, instant: Date, reference?: string): DateExpression | undefined {
  const start = r.index;
  const end = r.index + r.text.trimEnd().length;
  const words = text.slice(start, end);
  // "had now proved" is not a date anyone would put on a timeline.
  if (/^now$/i.test(words)) return undefined;
  const from = partsOf(r.start);
  // "5 March 99 ce" is the year 99 to chrono: an era no report of these meetings has.
  if ((from.year ?? 1000) < 1000 || (r.end?.get('year') ?? 1000) < 1000) return undefined;
  let unstated: string | undefined;
  // "Monday, March 3, 2014" names its weekday but states its day: only a date chrono had to
  // count ("on Friday", "last week") is relative.
  let relative = !WRITTEN_DAY.test(words);
  const missing = relative ? [] : [...unwrittenParts(words, from), ...(r.end ? unwrittenParts(words, partsOf(r.end)) : [])];
  if (missing.length > 0) {
    const yy = from.year === undefined ? undefined : new RegExp(`(?<!\\d)'?(${pad(from.year % 100)})(?!\\d)`).exec(words);
    if (missing.every((p) => p === 'year') && yy) unstated = twoDigitReason(yy[1]!, from.year!);
    else if (dependsOnNow(words, from, instant)) relative = true;
    else unstated = `"${words}" is a day counted from the date it names; the text does not write it`;
  }
  if (relative && !countableSpan(words)) return undefined;
  // A bare time ("07:48") or a bare number is not a calendar date.
  if (!relative && from.month === undefined) return undefined;
  if (!relative && from.day === undefined && from.year === undefined) return undefined;
  const expr: DateExpression = { start, end, text: words, from, relative };
  if (r.end) expr.to = partsOf(r.end);
  if (unstated) expr.unstated = unstated;
  if (relative) {
    if (!reference) return undefined;
    expr.relativeValue = pastOrFutureWeekday(text, expr, r.start.date().toISOString().slice(0, 10), reference);
    expr.from = {};
  }
  return expr;
}

/** True when a relative expression names a day that can be counted from the report's date. */
function countableSpan(words: string): boolean {
  // "4 minutes ago" is a page's clock, not a date in the story.
  if (/\b(?:seconds?|minutes?|hours?|mins?|hrs?)\s+ago\b/i.test(words)) return false;
  // "for two days", "during three days" say how long, not when.
  if (/^(?:for|during|over)\s/i.test(words)) return false;
  // "over the past 20 years" is a span of time too, whatever word stands before it.
  if (/^(?:the\s+)?(?:past|last)\s+\S+\s+(?:days|weeks|months|years|decades)\b/i.test(words)) return false;
  if (SPAN_FROM_NOW.test(words)) return false;
  // A bare clock time or a bare number ("in 2 hours") is not a day, even a counted one.
  return RELATIVE.test(words) || /\b(?:days?|weeks?|months?|years?|later|earlier|after|before)\b/i.test(words);
}

// A bare weekday: "on Friday", "Wednesday", "On Thursday," as chrono keeps its comma.
const BARE_WEEKDAY = /^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)[,.]?$/i;
// A clause about what is to come.
const FUTURE_CLAUSE = /\b(?:will|shall|is to|are to|set to|scheduled|planned|expected|due to|upcoming|next)\b/i;

/**
 * The day a bare weekday names: chrono takes the nearest one, which for a report filed on a
 * Thursday makes "on Friday" the next day; a report tells of the past unless its clause looks
 * ahead, so a weekday after the publication day is taken a week back, and one before it in a
 * clause that looks ahead a week on.
 */
function pastOrFutureWeekday(text: string, expr: DateExpression, value: string, reference: string): string {
  if (!BARE_WEEKDAY.test(expr.text) || value === reference) return value;
  // The clause is the weekday's own, up to a comma: in "are expected to attend, said a
  // statement issued on Monday" the statement's Monday is past.
  const clauseStart =
    Math.max(text.lastIndexOf('.', expr.start), text.lastIndexOf('\n', expr.start), text.lastIndexOf(',', expr.start)) + 1;
  const clauseEnd = text.slice(expr.end).search(/[.,\n]/);
  const clause = text.slice(clauseStart, clauseEnd < 0 ? text.length : expr.end + clauseEnd);
  const ahead = FUTURE_CLAUSE.test(clause);
  if (ahead === value > reference) return value;
  // The nearest weekday lies on the wrong side of the report's day: "will speak … on Friday"
  // in a report filed on a Monday is the Friday after, "met on Friday" filed on a Thursday the one before.
  return new Date(Date.parse(`${value}T00:00:00Z`) + (ahead ? 7 : -7) * 86_400_000).toISOString().slice(0, 10);
}

/** The precision a set of parts supports. */
export function precisionOf(parts: DateParts): EventDate['precision'] {
  if (parts.day !== undefined) return 'day';
  if (parts.month !== undefined) return 'month';
  return 'year';
}

/** Words for where a reference date was read, for reasons a person reads. */
const referenceName = (ref: ReferenceDate) =>
  ref.source === 'stamp' ? 'the page stamp' : ref.source === 'header' ? 'the publication date given' : 'the dateline';

/** A resolved date or the reason the text does not support one. */
export type ResolvedDate = { ok: true; date: EventDate } | { ok: false; problem: string };

const formatIsoForPeople = (iso: string) => iso.split('-').reverse().join('.');

/**
 * Turns an expression into an event date, filling in from the reference date what the text
 * leaves out. A year the text does not give is never called stated: it is inferred from the
 * dateline, unless the dateline itself states that very day.
 */
export function resolveDateExpression(expr: DateExpression, ref: ReferenceDate | undefined, text: string, hints?: YearHints): ResolvedDate {
  const evidence = [{ start: expr.start, end: expr.end, text: text.slice(expr.start, expr.end) }];
  const refEvidence = ref ? [{ start: ref.start, end: ref.end, text: ref.text }, ...(ref.yearFrom?.evidence ?? [])] : [];
  const refYearReason = ref?.yearFrom ? `; the dateline's year: ${ref.yearFrom.reason}` : '';
  if (expr.relative) {
    if (!ref || !expr.relativeValue) return { ok: false, problem: `"${expr.text}" needs a dateline to count from` };
    // Which day a weekday is depends on the year: counted from a dateline whose year is a
    // guess, "on Friday" could be any day of that week, so it names none.
    if (ref.yearFrom?.basis === 'year-unknown' && BARE_WEEKDAY.test(expr.text)) {
      return { ok: false, problem: `"${expr.text}" is a weekday, and the dateline ${ref.text} has no year to count it from` };
    }
    return {
      ok: true,
      date: {
        start: expr.relativeValue,
        precision: 'day',
        basis: ref.yearFrom?.basis ?? 'inferred',
        asStated: expr.text,
        reason: `"${expr.text}" counted from ${referenceName(ref)} ${ref.text}${refYearReason}`,
        evidence: [...evidence, ...refEvidence],
      },
    };
  }
  const from = { ...expr.from };
  const to = expr.to ? { ...expr.to } : undefined;
  let basis: EventDate['basis'] = 'stated';
  let reason: string | undefined;
  if (from.year === undefined && ref) {
    const [ry, rm, rd] = ref.iso.split('-').map(Number) as [number, number, number];
    // A month well after the publication month is last year's: news reports what has happened.
    from.year = from.month !== undefined && from.month > rm + 2 ? ry - 1 : ry;
    if (to && to.year === undefined) to.year = from.year;
    // The dateline states the day only when it writes its year in full ("24.06.21" does not),
    // and only that day: the last day of "September 16-17" under "16 September 2022" takes
    // its year from the dateline, but no words of the text write "17 September 2022".
    const refStatesYear = !ref.yearFrom && new RegExp(`(?<!\\d)${ry}(?!\\d)`).test(ref.text);
    const sameDay = from.month === rm && from.day === rd && !to && refStatesYear && !expr.unstated;
    basis = ref.yearFrom?.basis ?? (sameDay ? 'stated' : 'inferred');
    reason = sameDay
      ? `the text states the day "${expr.text}" and ${referenceName(ref)} gives the full date ${ref.text}`
      : `the year ${from.year} is taken from ${referenceName(ref)} ${formatIsoForPeople(ref.iso)}${refYearReason}; the text gives "${expr.text}"`;
    evidence.push(...refEvidence);
  } else if (from.year === undefined) {
    const hint: YearHint | undefined = hints?.supported ?? hints?.guess;
    if (!hint) return { ok: false, problem: `"${expr.text}" gives no year and the article has no dateline` };
    from.year = hint.year;
    if (to && to.year === undefined) to.year = hint.year;
    basis = hint.basis;
    reason = `"${expr.text}" has no year: ${hint.reason}`;
    evidence.push(...hint.evidence);
  }
  if (to && to.month === undefined && to.day !== undefined) to.month = from.month;
  // A two-digit year or a day counted from another is read, not written: never stated.
  if (expr.unstated) {
    if (basis === 'stated') basis = 'inferred';
    reason = reason ? `${reason}; ${expr.unstated}` : expr.unstated;
  }
  const date: EventDate = {
    start: isoStart(from),
    precision: precisionOf(from),
    basis,
    asStated: expr.text,
    evidence,
  };
  if (reason) date.reason = reason;
  if (to && to.year !== undefined) {
    const end = isoEnd(to);
    if (end > date.start) date.end = end;
  }
  return { ok: true, date };
}
