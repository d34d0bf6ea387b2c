import type { Span } from '../data/bundleSchema';
import { findDateExpressions, type DateExpression } from './dates';
import { findFigures, type FoundFigure } from './figures';
import { matchNames, findUnresolvedNames, type AliasIndex, type NameMatch } from './matcher';
import { readMetadata, type DocumentMetadata } from './metadata';
import { findQuotes, type FoundQuote } from './quotes';
import { findRoles, type FoundRole } from './roles';
import { findParagraphs, findSentences, spanAt } from './text';

/** Everything found in one document before events are assembled. */
export interface DocumentAnalysis {
  id: string;
  text: string;
  meta: DocumentMetadata;
  paragraphs: Span[];
  sentences: Span[];
  dates: DateExpression[];
  names: NameMatch[];
  topics: NameMatch[];
  roles: FoundRole[];
  quotes: FoundQuote[];
  figures: FoundFigure[];
  unresolved: { start: number; end: number; text: string }[];
}

/** Runs every extractor over one document. Pure: the same text gives the same analysis. */
export function analyseDocument(id: string, text: string, index: AliasIndex): DocumentAnalysis {
  const meta = readMetadata(text);
  const paragraphs = findParagraphs(text);
  const sentences = findSentences(text, paragraphs);
  const dates = findDateExpressions(text, meta.reference?.iso);
  const { names, topics } = matchNames(text, index);
  const sentenceStartOf = (offset: number) => spanAt(sentences, offset)?.start ?? 0;
  return {
    id,
    text,
    meta,
    paragraphs,
    sentences,
    dates,
    names,
    topics,
    roles: findRoles(text, names, sentenceStartOf),
    quotes: findQuotes(text, names),
    figures: findFigures(text, dates),
    unresolved: findUnresolvedNames(text, names),
  };
}
