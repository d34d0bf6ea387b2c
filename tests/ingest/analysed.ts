import { analyseDocument, type DocumentAnalysis } from '../../src/ingest/analyseDocument';
import { linkGazetteer, type LinkedGazetteer } from '../../src/ingest/gazetteer';
import { buildAliasIndex } from '../../src/ingest/matcher';
import { gazetteerIndex } from '../gazetteerFixtures';
import { loadKnowledge } from '../seedFixtures';

const knowledge = loadKnowledge();
const index = buildAliasIndex(knowledge);
const cache = new Map<string, DocumentAnalysis>();
let gazetteer: LinkedGazetteer | undefined;

/**
 * A real text analysed as the ingest analyses it, with the seed knowledge file, read in 2026: the
 * input the event steps take. Without `withGazetteer` only the knowledge file's places are found;
 * with it, the gazetteer table `npm run build:gazetteer` writes is read too.
 */
export function analysed(text: string, { id = 'doc', withGazetteer = false } = {}): DocumentAnalysis {
  const key = `${id}\u0000${withGazetteer}\u0000${text}`;
  let doc = cache.get(key);
  if (!doc) {
    if (withGazetteer) gazetteer ??= linkGazetteer(gazetteerIndex(), knowledge.places);
    doc = analyseDocument(id, text, index, withGazetteer ? gazetteer : undefined, { fallbackYear: 2026 });
    cache.set(key, doc);
  }
  return doc;
}

/** The words of a span of an analysed document, every kind of space a plain one (as `passage` gives them). */
export const wordsAt = (doc: DocumentAnalysis, span: { start: number; end: number }) => doc.plain.slice(span.start, span.end);
