import type { Evidence, Span } from '../data/bundleSchema';
import { findDateExpressions, isoStart, type DateExpression, type ReferenceDate } from './dates';

/** A publication day whose year the page does not give ("BAKU, Azerbaijan, October 17."). */
export interface PartialReference {
  month: number;
  day?: number;
  text: string;
  start: number;
  end: number;
}

/** A year (and maybe month) read from the article's web address, e.g. "/2015/07/". */
export interface UrlDate {
  year: number;
  month?: number;
  text: string;
  start: number;
  end: number;
}

/** What the first lines of an article say about its publication. */
export interface DocumentMetadata {
  title: Span;
  dateline?: Evidence;
  /** City named at the start of the dateline ("DUSHANBE", "Samarkand"). */
  datelineCity?: string;
  publisher?: string;
  /** The publication date a header, the dateline or a page stamp gives, used to resolve relative dates. */
  reference?: ReferenceDate;
  /** A publication day without a year, when that is all the page gives. */
  partialReference?: PartialReference;
  /** The `Source:` header's address, when the article carries one. */
  sourceUrl?: string;
  /** The year the address gives. */
  urlDate?: UrlDate;
  /** Header lines (`Source:`, `Published:`) and page stamps: the page's words, not the article's. */
  stamps: Span[];
  /** A closing signature line naming the publisher ("UzA"). */
  signature?: Span;
  /** Where the body starts, after title and metadata lines. */
  bodyStart: number;
}

// "Source: https://…" and "Published: 3 March 2014" lines a person may put above the title.
const HEADER = /^(source|url|published|date|publisher)\s*:\s*(\S.*)$/i;
// What stands before the date in a dateline: a city, maybe "/China/" or a country, and a
// separator: "DUSHANBE, ", "ASTANA. ", "QINGDAO /China/, ", "BAKU, Azerbaijan, ",
// "ASHGABAT (UrduPoint News / Sputnik - ", and a release's cities "DUSHANBE/NEW YORK/VIENNA, ".
const DATELINE_HEAD =
  /^([A-Z][\p{L}'’.-]+(?:[ -][A-Z][\p{L}'’.-]+){0,2})(?:\/[A-Z][\p{L}'’.-]+(?: [A-Z][\p{L}'’.-]+){0,2}){0,3}(?:\s*\/[^/\n]{1,30}\/)?(?:,\s*[A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?)?(?:\s*\(([^)\n–—-]{2,40}?)\s*[-–—]\s*|\s*[,.]\s*)$/u;
// What may follow the date: a time, "(NIAT Khovar)", ". /TASS/", ", Asia-Plus", ")" and a dash or stop.
const DATELINE_TAIL =
  /^(?:,?\s*\d{1,2}:\d{2})?(?:\s*\(([^)\n]{2,60})\))?(?:\.?\s*\/([^/\n]{2,20})\/)?(?:,\s*([A-Z][\w-]*(?:[ -][A-Z][\w-]*){0,2}))?\s*\)?\s*(?:[.]|[–—-])?/;
// Words that start a sentence and are never a dateline's city.
const NOT_CITY = /^(?:On|In|At|From|Since|By|The|This|Until|Till|During|Last|Next|Early|Late|As|Of|For)$/;
// A date with its label, as pages print them: "Published August 4, 2016", "• publish: 12
// September 2020", "Updated: 2004-06-17 13:14", "date 2024-05-21".
const LABELLED_DATE = /^[\s•·|–—-]*(?:date|dated|published|publish|posted|updated|last updated)\b\s*:?\s*/i;
// Page furniture that is never the title: breadcrumbs, menus, category labels.
const NOT_TITLE = />|^[•·]|^(?:categories|tags|menu|home|accessibility links|skip to)\b|^\S+(?:\s\S+){0,2}$/i;
// A short last line without a full stop is a signature such as "UzA".
const SIGNATURE = /^[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2}$/;

/** The non-blank lines of a text as trimmed spans. */
function linesOf(text: string): Span[] {
  const lines: Span[] = [];
  for (const m of text.matchAll(/[^\r\n]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (trimmed) lines.push({ start: m.index! + lead, end: m.index! + lead + trimmed.length });
  }
  return lines;
}

/** A date expression that names at least a month and a day. */
const isDay = (d: DateExpression) => !d.relative && d.from.month !== undefined && d.from.day !== undefined;

/**
 * A page stamp: a short line that is a date and the page's furniture around it ("13.06.2017
 * 07:48", "- The Daily Paper - Monday, March 3, 2014", "Fri 11th October 2019 | 01:22 PM",
 * "9 июня 2016 г."), not a sentence that happens to hold a date.
 */
function stampDate(line: string, dates: DateExpression[]): DateExpression | undefined {
  const labelled = labelledDate(line, dates);
  if (labelled) return labelled;
  if (line.length > 100) return undefined;
  const d = dates.find(isDay);
  if (!d) return undefined;
  const rest = (line.slice(0, d.start) + line.slice(d.end)).trim();
  const furniture = /\d{1,2}:\d{2}|\bago\b|\||\bUTC\b|\bGMT\b|^[-–—•|]|^\(.*\)$/.test(line) || /^(?:г\.?|года)?$/.test(rest);
  return furniture || rest.length <= d.text.length ? d : undefined;
}

/** A date at the start of a line behind its label ("Published August 4, 2016"), whatever follows. */
function labelledDate(line: string, dates: DateExpression[]): DateExpression | undefined {
  const label = LABELLED_DATE.exec(line);
  return label ? dates.find((x) => isDay(x) && x.start <= label[0].length + 6) : undefined;
}

/** Reads the dateline at the start of a line: its city, its date, its publisher and where it ends. */
function datelineOf(line: string, dates: DateExpression[]) {
  for (const d of dates) {
    if (d.start > 60 || !isDay(d)) continue;
    const head = DATELINE_HEAD.exec(line.slice(0, d.start));
    if (!head || NOT_CITY.test(head[1]!)) continue;
    const tail = DATELINE_TAIL.exec(line.slice(d.end))!;
    const publisher = (head[2] ?? tail[1] ?? tail[2] ?? tail[3])?.trim();
    const end = d.end + tail[0].replace(/[\s.–—-]+$/, '').length;
    return { city: head[1]!, date: d, publisher, end };
  }
  return undefined;
}

/** The year and month an address's path gives: "/2015/07/", "/20110722/". */
export function urlDateOf(url: string): { year: number; month?: number } | undefined {
  const m = /\/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])?(?:[/_-]?(?:[0-2]\d|3[01]))?(?=[/_.-])/.exec(url.replace(/^\w+:\/\/[^/]+/, ''));
  if (!m) return undefined;
  return m[2] ? { year: Number(m[1]), month: Number(m[2]) } : { year: Number(m[1]) };
}

/** Reads title, header lines, dateline, page stamps, publisher and publication date from a text. */
export function readMetadata(text: string): DocumentMetadata {
  const lines = linesOf(text);
  // The title, dateline and stamp checks read the same top lines; chrono parses each once.
  const parsed = new Map<string, DateExpression[]>();
  const datesOf = (line: string) => {
    let dates = parsed.get(line);
    if (!dates) parsed.set(line, (dates = findDateExpressions(line)));
    return dates;
  };
  const meta: DocumentMetadata = { title: { start: 0, end: 0 }, stamps: [], bodyStart: 0 };
  const i = readHeaderLines(text, lines, meta);
  // The title is the first line that is neither a stamp nor page furniture, among the first few.
  const top = lines.slice(i, i + 5);
  const titleLine = top.find((l) => {
    const s = text.slice(l.start, l.end);
    return !NOT_TITLE.test(s) && !(s.length <= 100 && stampDate(s, datesOf(s)));
  }) ??
    lines[i] ?? { start: 0, end: 0 };
  meta.title = titleLine;
  meta.bodyStart = titleLine.end;
  // Only the first few lines can carry a dateline or a stamp; later ones are body text.
  for (const line of lines.slice(i, i + 7)) {
    const s = text.slice(line.start, line.end);
    const dl = meta.dateline ? undefined : datelineOf(s, datesOf(s));
    const stamp = dl ? undefined : line === titleLine ? labelledDate(s, datesOf(s)) : stampDate(s, datesOf(s));
    const d = dl?.date ?? stamp;
    if (!d) continue;
    const at = { start: line.start + d.start, end: line.start + d.end, text: d.text };
    if (dl) {
      const dlText = s.slice(0, dl.end);
      meta.dateline = { start: line.start, end: line.start + dlText.length, text: dlText };
      meta.datelineCity = dl.city;
      if (dl.publisher && !meta.publisher) meta.publisher = dl.publisher;
    } else {
      // Only the label and date of a long line are the page's; the rest is the article.
      const long = line === titleLine || s.length > 100;
      meta.stamps.push(long ? { start: line.start, end: at.end } : line);
      if (line.start >= meta.bodyStart && lines.indexOf(line) <= lines.indexOf(titleLine) + 2) meta.bodyStart = line.end;
    }
    if (d.from.year !== undefined) {
      // The dateline is the author's own date; a stamp above it may be when the page was
      // updated ("• February 12, 2025" over a release "DUSHANBE, 16 September 2022").
      if (dl && meta.reference?.source === 'stamp') meta.reference = undefined;
      meta.reference ??= { iso: isoStart(d.from), ...at, source: dl ? 'dateline' : 'stamp' };
    } else {
      meta.partialReference ??= { month: d.from.month!, day: d.from.day, ...at };
    }
    if (meta.dateline && meta.reference) break;
  }
  readFoot(text, lines, i, datesOf, meta);
  return meta;
}

/** Reads the "Source:", "Published:" and "Publisher:" lines a person added above the title; returns the index of the first other line. */
function readHeaderLines(text: string, lines: Span[], meta: DocumentMetadata): number {
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const h = HEADER.exec(text.slice(line.start, line.end));
    if (!h) break;
    meta.stamps.push(line);
    const key = h[1]!.toLowerCase();
    const valueStart = line.start + h[0].indexOf(h[2]!);
    if (key === 'source' || key === 'url') {
      meta.sourceUrl = h[2]!;
      const u = urlDateOf(h[2]!);
      if (u) meta.urlDate = { ...u, text: h[2]!, start: valueStart, end: line.end };
    } else if (key === 'publisher') {
      meta.publisher = h[2]!;
    } else {
      const d = findDateExpressions(h[2]!).find((x) => isDay(x) && x.from.year !== undefined);
      if (d)
        meta.reference = { iso: isoStart(d.from), text: d.text, start: valueStart + d.start, end: valueStart + d.end, source: 'header' };
    }
  }
  return i;
}

/** Reads what a page prints at its foot: a stamp when the top had none, and a signature such as "UzA". */
function readFoot(
  text: string,
  lines: Span[],
  headerLines: number,
  datesOf: (line: string) => DateExpression[],
  meta: DocumentMetadata,
): void {
  // A page may print its stamp at the foot ("12 April 2016 09:40").
  if (!meta.reference) {
    for (const line of lines.slice(Math.max(headerLines + 1, lines.length - 3))) {
      const s = text.slice(line.start, line.end);
      const d = stampDate(s, datesOf(s));
      if (!d || d.from.year === undefined) continue;
      meta.stamps.push(line);
      meta.reference = { iso: isoStart(d.from), start: line.start + d.start, end: line.start + d.end, text: d.text, source: 'stamp' };
      break;
    }
  }
  // A stamp under the title is what the document record has shown as its dateline.
  if (!meta.dateline && meta.stamps.length > 0) {
    const first = meta.stamps.find((st) => st.start > meta.title.start);
    if (first) meta.dateline = { start: first.start, end: first.end, text: text.slice(first.start, first.end) };
  }
  const last = lines[lines.length - 1];
  if (!meta.publisher && last && lines.length > 2 && SIGNATURE.test(text.slice(last.start, last.end))) {
    meta.publisher = text.slice(last.start, last.end);
    meta.signature = { start: last.start, end: last.end };
  }
}
