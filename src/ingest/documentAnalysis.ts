// The shape of one analysed document, apart from the analysis itself, so the steps that read it
// (people/linkPeople among them) import the type without importing analyseDocument.
import type { Place, Span } from '../data/bundleSchema';
import type { DateExpression, ReferenceDate, YearHints } from './dateTypes';
import type { FoundFigure } from './figures';
import type { NameMatch } from './matcher';
import type { DocumentMetadata } from './metadata';
import type { FoundQuote } from './quotes';
import type { FoundRole } from './roles';
import type { FoundPerson } from './people/findPeople';
import type { FoundOrganisation } from './organisations';

/** Everything found in one document before events are assembled. */
export interface DocumentAnalysis {
  id: string;
  text: string;
  /** The text with uniform spaces, for literal matching; same offsets as `text`. */
  plain: string;
  /** Dateline, signature, stamp and header lines: names and dates there are the page's, not the event's. */
  metaSpans: Span[];
  meta: DocumentMetadata;
  /** The publication date dates are counted from: the page's, or a year-less dateline completed by a year hint. */
  reference?: ReferenceDate;
  /** The years the text supports, or guesses, for dates it gives without one. */
  yearHints: YearHints;
  paragraphs: Span[];
  sentences: Span[];
  dates: DateExpression[];
  names: NameMatch[];
  /** Place names that are part of another name ("Dushanbe" in "Dushanbe Declaration"). */
  attributive: NameMatch[];
  /** The gazetteer places among `names` that the knowledge file does not have. */
  places: Place[];
  /** People the knowledge file does not know, under provisional ids that buildBundle makes final. */
  people: FoundPerson[];
  /** Organisations the text defines with an acronym that the knowledge file does not know. */
  organisations: FoundOrganisation[];
  topics: NameMatch[];
  roles: FoundRole[];
  quotes: FoundQuote[];
  figures: FoundFigure[];
  unresolved: { start: number; end: number; text: string }[];
}
