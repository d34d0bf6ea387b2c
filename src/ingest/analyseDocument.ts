import type { Place, Span } from '../data/bundleSchema';
import { findDateExpressions, type DateExpression } from './dates';
import { findFigures, type FoundFigure } from './figures';
import type { LinkedGazetteer } from './gazetteer';
import { matchNames, findUnresolvedNames, type AliasIndex, type NameMatch } from './matcher';
import { readMetadata, type DocumentMetadata } from './metadata';
import { findQuotes, type FoundQuote } from './quotes';
import { findRoles, type FoundRole } from './roles';
import { findParagraphs, findSentences, normaliseSpaces, spanAt } from './text';

/** Everything found in one document before events are assembled. */
export interface DocumentAnalysis {
  id: string;
  text: string;
  /** The text with uniform spaces, for literal matching; same offsets as `text`. */
  plain: string;
  /** Dateline and signature lines: names there are the publisher's, not the event's. */
  metaSpans: Span[];
  meta: DocumentMetadata;
  paragraphs: Span[];
  sentences: Span[];
  dates: DateExpression[];
  names: NameMatch[];
  /** Place names that are part of another name ("Dushanbe" in "Dushanbe Declaration"). */
  attributive: NameMatch[];
  /** The gazetteer places among `names` that the knowledge file does not have. */
  places: Place[];
  topics: NameMatch[];
  roles: FoundRole[];
  quotes: FoundQuote[];
  figures: FoundFigure[];
  unresolved: { start: number; end: number; text: string }[];
}

/**
 * Runs every extractor over one document. Pure: the same text (and gazetteer) gives the same
 * analysis. Without a gazetteer only the knowledge file's places are found.
 */
export function analyseDocument(id: string, text: string, index: AliasIndex, gazetteer?: LinkedGazetteer): DocumentAnalysis {
  const meta = readMetadata(text);
  const paragraphs = findParagraphs(text);
  const sentences = findSentences(text, paragraphs);
  const dates = findDateExpressions(text, meta.reference?.iso);
  const plain = normaliseSpaces(text);
  const { names, topics, attributive, places } = matchNames(plain, index, gazetteer);
  const sentenceStartOf = (offset: number) => spanAt(sentences, offset)?.start ?? 0;
  const metaSpans: Span[] = [];
  if (meta.dateline) metaSpans.push(meta.dateline);
  if (meta.signature) metaSpans.push(meta.signature);
  return {
    id,
    text,
    plain,
    metaSpans,
    meta,
    paragraphs,
    sentences,
    dates,
    names,
    attributive,
    places,
    topics,
    roles: findRoles(plain, names, sentenceStartOf),
    quotes: findQuotes(plain, names).map((q) => ({ ...q, text: text.slice(q.start, q.end) })),
    figures: findFigures(plain, dates).map((f) => ({ ...f, text: text.slice(f.start, f.end) })),
    unresolved: findUnresolvedNames(plain, names).map((u) => ({ ...u, text: text.slice(u.start, u.end) })),
  };
}
