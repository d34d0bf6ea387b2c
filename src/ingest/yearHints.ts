import type { Evidence } from '../data/bundleSchema';
import type { DateExpression, YearHint, YearHints } from './dateTypes';

export type { YearHint, YearHints } from './dateTypes';
import type { DocumentMetadata } from './metadata';

// "the next summit will be held in India in 2023": a follow-up planned for a year puts this
// meeting in the year before.
const NEXT_IN_YEAR = /\bnext\b[^.\n]{0,100}?\b(?:in|for)\s+((?:19|20)\d{2})\b/i;
// "this year's chairmanship … in 2016" does not say which year "this" is; "the 2016
// chairmanship, this year" does, but rarely. Only a year named with "this year" in one clause counts.
const THIS_YEAR = /\b((?:19|20)\d{2})\b[^.;\n]{0,40}\bthis year\b|\bthis year\b[^.;\n]{0,12}\(((?:19|20)\d{2})\)/i;

const evidenceAt = (text: string, start: number, end: number): Evidence => ({ start, end, text: text.slice(start, end) });

/**
 * What the text supports for a year it does not give beside a date: the year of the
 * article's address (`Source:` header), "this year" tied to a year,
 * or a follow-up planned for next year. Where nothing supports one, the guess is the year the
 * article names most often (the latest of equals), else the year it was read (`fallbackYear`),
 * and says so.
 */
export function findYearHints(text: string, meta: DocumentMetadata, dates: DateExpression[], fallbackYear: number): YearHints {
  let supported: YearHint | undefined;
  if (meta.urlDate) {
    const u = meta.urlDate;
    supported = {
      year: u.year,
      basis: 'inferred',
      reason: `the year ${u.year} is read from the article's address ${u.text}`,
      evidence: [evidenceAt(text, u.start, u.end)],
    };
  }
  const thisYear = THIS_YEAR.exec(text);
  if (!supported && thisYear) {
    const year = Number(thisYear[1] ?? thisYear[2]);
    supported = {
      year,
      basis: 'inferred',
      reason: `the text speaks of "this year" as ${year}`,
      evidence: [evidenceAt(text, thisYear.index, thisYear.index + thisYear[0].length)],
    };
  }
  const next = NEXT_IN_YEAR.exec(text);
  if (!supported && next) {
    const year = Number(next[1]) - 1;
    supported = {
      year,
      basis: 'inferred',
      reason: `the next meeting is planned for ${next[1]}, so this one is taken to be in ${year}`,
      evidence: [evidenceAt(text, next.index, next.index + next[0].length)],
    };
  }
  // The guess: the year the article names most, among dates that are not deadlines.
  const counts = new Map<number, DateExpression[]>();
  for (const d of dates) {
    if (d.target || d.from.year === undefined) continue;
    counts.set(d.from.year, [...(counts.get(d.from.year) ?? []), d]);
  }
  const [best] = [...counts].sort((a, b) => b[1].length - a[1].length || b[0] - a[0]);
  const guess: YearHint = best
    ? {
        year: best[0],
        basis: 'year-unknown',
        reason: `the text gives no year for this date; ${best[0]} is a guess from the year it names most ("${best[1][0]!.text}"), to be checked`,
        evidence: best[1].slice(0, 3).map((d) => evidenceAt(text, d.start, d.end)),
      }
    : {
        year: fallbackYear,
        basis: 'year-unknown',
        reason: `the text gives no year anywhere; it is shown in ${fallbackYear}, the year it was read, until someone gives the year`,
        evidence: [],
      };
  return supported ? { supported, guess } : { guess };
}
