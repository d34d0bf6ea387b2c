import type { ViewBundle } from '../data/bundleSchema';
import type { GazetteerTable } from '../data/gazetteerSchema';
import type { Knowledge } from '../data/knowledgeSchema';
import { indexGazetteer } from '../ingest/gazetteer';
import { buildBundle, type ReviewItem } from '../ingest/buildBundle';
import type { Collection } from './collectionSchema';
import { extendKnowledge } from './extendKnowledge';
import { mergeBundles } from './mergeBundles';
import { applyMeetingEdits } from './meetingEdits';

/** The bundle the app shows: the corpus plus a person's articles, with what to review in them. */
export interface CollectionBundle {
  bundle: ViewBundle;
  review: ReviewItem[];
}

/**
 * Runs the ingest over a person's articles with the knowledge file and their additions to it,
 * and merges the result into the corpus bundle. Only their articles are analysed, so this stays
 * quick on a corpus of any size; the corpus keeps the analysis it shipped with. The gazetteer,
 * when it could be loaded, places them as the preview did.
 */
export function buildCollectionBundle(
  base: ViewBundle,
  collection: Collection,
  knowledge: Knowledge,
  gazetteer?: GazetteerTable,
): CollectionBundle {
  const edits = collection.knowledge.meetingEdits;
  if (collection.articles.length === 0)
    return { bundle: edits.length ? { ...base, events: applyMeetingEdits(base.events, edits) } : base, review: [] };
  const { bundle, review } = buildBundle(
    collection.articles.map((a) => ({ id: a.id, text: a.text })),
    extendKnowledge(knowledge, collection.knowledge),
    gazetteer && indexGazetteer(gazetteer),
  );
  return { bundle: mergeBundles(base, bundle, edits), review };
}
