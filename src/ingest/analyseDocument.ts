import type { Span } from '../data/bundleSchema';
import { findDateExpressions } from './dates';
import { findFigures } from './figures';
import type { LinkedGazetteer } from './gazetteer';
import { matchNames, findUnresolvedNames, type AliasIndex } from './matcher';
import { readMetadata, type DocumentMetadata } from './metadata';
import { findQuotes } from './quotes';
import { findRoles } from './roles';
import { findPeople } from './people/findPeople';
import { findOrganisations } from './organisations';
import { withPeople } from './people/linkPeople';
import { findParagraphs, findSentences, normaliseSpaces, spanAt } from './text';
import type { DocumentAnalysis } from './documentAnalysis';

export type { DocumentAnalysis } from './documentAnalysis';
import { findYearHints, type YearHints } from './yearHints';
import type { ReferenceDate } from './dates';

/** What the ingest is told besides the text. */
export interface AnalyseOptions {
  /** The year the article is read in, shown for a date whose year nothing in the text supports. */
  fallbackYear?: number;
}

/**
 * Runs every extractor over one document. Pure: the same text, gazetteer and options give the
 * same analysis. Without a gazetteer only the knowledge file's places are found.
 */
export function analyseDocument(
  id: string,
  text: string,
  index: AliasIndex,
  gazetteer?: LinkedGazetteer,
  options: AnalyseOptions = {},
): DocumentAnalysis {
  const meta = readMetadata(text);
  const paragraphs = findParagraphs(text);
  const sentences = findSentences(text, paragraphs);
  const fallbackYear = options.fallbackYear ?? new Date().getUTCFullYear();
  // Relative dates ("yesterday") are counted from the publication date; a dateline without a
  // year first needs the year the rest of the text supports, so its dates are read twice.
  let dates = findDateExpressions(text, meta.reference?.iso);
  const yearHints = findYearHints(text, meta, dates, fallbackYear);
  const reference = meta.reference ?? completeReference(meta, yearHints);
  if (reference && !meta.reference) dates = findDateExpressions(text, reference.iso);
  const plain = normaliseSpaces(text);
  const matched = matchNames(plain, index, gazetteer);
  const { topics, attributive, places } = matched;
  const found = findPeople(plain, matched.names);
  const withFound = withPeople(matched.names, found.mentions);
  const defined = findOrganisations(plain, withFound);
  const names = withPeople(withFound, defined.mentions);
  const sentenceStartOf = (offset: number) => spanAt(sentences, offset)?.start ?? 0;
  const metaSpans: Span[] = [];
  if (meta.dateline) metaSpans.push(meta.dateline);
  if (meta.signature) metaSpans.push(meta.signature);
  metaSpans.push(...meta.stamps);
  return {
    id,
    text,
    plain,
    metaSpans,
    meta,
    reference,
    yearHints,
    paragraphs,
    sentences,
    dates,
    names,
    attributive,
    places,
    people: found.people,
    organisations: defined.organisations,
    topics,
    roles: findRoles(plain, names, sentenceStartOf),
    quotes: findQuotes(plain, names).map((q) => ({ ...q, text: text.slice(q.start, q.end) })),
    figures: findFigures(plain, dates).map((f) => ({ ...f, text: text.slice(f.start, f.end) })),
    // A person found by the patterns is still not in the knowledge file, so it stays listed for review.
    unresolved: findUnresolvedNames(plain, matched.names).map((u) => ({ ...u, text: text.slice(u.start, u.end) })),
  };
}

/** True when a span lies inside one of the page's own lines (dateline, signature, stamps, headers). */
export function inMeta(doc: Pick<DocumentAnalysis, 'metaSpans'>, span: Span): boolean {
  return doc.metaSpans.some((m) => span.start >= m.start && span.end <= m.end);
}

/** A year-less dateline ("BAKU, Azerbaijan, October 17.") made a full date with the year the text supports or guesses. */
function completeReference(meta: DocumentMetadata, hints: YearHints): ReferenceDate | undefined {
  const p = meta.partialReference;
  if (!p || p.day === undefined) return undefined;
  const hint = hints.supported ?? hints.guess;
  const iso = `${hint.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
  return { iso, text: p.text, start: p.start, end: p.end, source: 'dateline', yearFrom: hint };
}
