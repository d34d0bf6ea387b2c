// The shapes the date readers share (dates, dateRanges, metadata, yearHints), kept apart so
// that those modules import each other's types without importing each other.
import type { Evidence } from '../data/bundleSchema';

/** Calendar parts of a date as far as the text gives them. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

/** A date expression found in a text, with what it states and what it leaves open. */
export interface DateExpression {
  start: number;
  end: number;
  text: string;
  from: DateParts;
  to?: DateParts;
  /** "Yesterday", "on Tuesday", "15 years ago": meaningful only against a reference date. */
  relative: boolean;
  /** The calendar value chrono computed for a relative expression against the reference. */
  relativeValue?: string;
  /** "towards 2025", "up to 2025": a deadline, not a date something happened. */
  target?: boolean;
  /** Why the words do not state all the expression claims: a two-digit year, a day counted from another. */
  unstated?: string;
}

/** Reference date with the words it was read from (the dateline or publication line). */
export interface ReferenceDate {
  iso: string;
  text: string;
  start: number;
  end: number;
  /** Where the date was read: a header line a person added, the dateline, or a page stamp. */
  source?: 'header' | 'dateline' | 'stamp';
  /** Set when the reference's own year is not in the text (a dateline "October 17."): how it was found. */
  yearFrom?: YearHint;
}

/** A year for dates the text gives without one, how far it is supported, and why. */
export interface YearHint {
  year: number;
  /** "inferred" where the text supports the year, "year-unknown" where it is only a guess. */
  basis: 'inferred' | 'year-unknown';
  reason: string;
  evidence: Evidence[];
}

/** The years a document offers for its year-less dates: a supported one if any, and a guess. */
export interface YearHints {
  supported?: YearHint;
  guess: YearHint;
}
