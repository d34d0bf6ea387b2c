import type { Evidence, Span } from '../data/bundleSchema';
import { findDateExpressions, isoStart, type ReferenceDate } from './dates';

/** What the first lines of an article say about its publication. */
export interface DocumentMetadata {
  title: Span;
  dateline?: Evidence;
  /** City named in capitals at the start of the dateline ("DUSHANBE"). */
  datelineCity?: string;
  publisher?: string;
  /** The publication date the dateline or a date line gives, used to resolve relative dates. */
  reference?: ReferenceDate;
  /** A closing signature line naming the publisher ("UzA"). */
  signature?: Span;
  /** Where the body starts, after title and metadata lines. */
  bodyStart: number;
}

// "DUSHANBE, 24.06.2021 (NIAT Khovar) –" or "DUSHANBE, June 9, 2016 –".
const DATELINE = /^([A-Z][A-Z .'-]{2,40}),\s+([^()\n–—-]{6,40}?)\s*(?:\(([^)\n]{2,60})\))?\s*[–—-]/;
// A line holding only a date and maybe a time: "13.06.2017 07:48".
const DATE_LINE = /^\s*(\d{1,2}\.\d{1,2}\.\d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})(?:,?\s+\d{1,2}:\d{2})?\s*$/;
// A short last line without a full stop is a signature such as "UzA".
const SIGNATURE = /^[A-Z][\w .&-]{1,30}$/;

/** Reads title, dateline, publisher and publication date from the top and bottom lines of a text. */
export function readMetadata(text: string): DocumentMetadata {
  const lines: Span[] = [];
  for (const m of text.matchAll(/[^\r\n]*/g)) {
    if (m[0].trim()) lines.push({ start: m.index!, end: m.index! + m[0].trimEnd().length });
  }
  const titleLine = lines[0] ?? { start: 0, end: 0 };
  const title = { start: titleLine.start + (text.slice(titleLine.start, titleLine.end).length - text.slice(titleLine.start, titleLine.end).trimStart().length), end: titleLine.end };
  const meta: DocumentMetadata = { title, bodyStart: titleLine.end };
  // Only the first few lines can carry a dateline; later ones are body text.
  for (const line of lines.slice(1, 5)) {
    const s = text.slice(line.start, line.end);
    const dl = DATELINE.exec(s);
    const dateOnly = DATE_LINE.exec(s);
    if (!dl && !dateOnly) continue;
    const dates = findDateExpressions(s).filter((d) => !d.relative && d.from.year && d.from.month && d.from.day);
    if (dates.length === 0) continue;
    const d = dates[0]!;
    meta.reference = { iso: isoStart(d.from), text: d.text, start: line.start + d.start, end: line.start + d.end };
    if (dl) {
      const end = line.start + dl[0].length - 1;
      const dlText = text.slice(line.start, end).trimEnd();
      meta.dateline = { start: line.start, end: line.start + dlText.length, text: dlText };
      meta.datelineCity = dl[1]!.trim();
      if (dl[3]) meta.publisher = dl[3].trim();
    } else {
      meta.dateline = { start: line.start, end: line.end, text: s };
      meta.bodyStart = line.end;
    }
    break;
  }
  const last = lines[lines.length - 1];
  if (!meta.publisher && last && lines.length > 2 && SIGNATURE.test(text.slice(last.start, last.end))) {
    meta.publisher = text.slice(last.start, last.end);
    meta.signature = { start: last.start, end: last.end };
  }
  return meta;
}
