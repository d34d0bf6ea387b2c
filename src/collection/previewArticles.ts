import { hasBody, type DocumentRecord, type EventRecord, type Mention, type Place, type ViewBundle } from '../data/bundleSchema';
import type { GazetteerTable } from '../data/gazetteerSchema';
import { indexGazetteer } from '../ingest/gazetteer';
import type { Knowledge } from '../data/knowledgeSchema';
import { buildBundle } from '../ingest/buildBundle';
import { checkSources, documentIdOf, type KnownText, type RawSource, type Rejection } from '../ingest/checkSources';
import type { Collection, UserArticle } from './collectionSchema';
import { extendKnowledge, slugify } from './extendKnowledge';
import { nameDecisions, type NameDecision } from './nameDecisions';

/** What the ingest found in one new article, shown to the person before they accept it. */
export interface ArticlePreview {
  article: UserArticle;
  document: DocumentRecord;
  /** The event the article reports, if the ingest found one with a date. */
  event?: EventRecord;
  /** Other events the article refers to. */
  referenced: EventRecord[];
  mentions: Mention[];
  /** The places the article names that the knowledge file does not have, found by the gazetteer. */
  places: Place[];
  /** Warnings a person should look at, e.g. "unresolved name "Zarina Tokoeva"" (line 3). */
  review: { line: number; message: string }[];
  /** Names the knowledge file does not know, for the "treat as" form. */
  unresolved: string[];
  /** The people the article names that the knowledge file does not know, so actors can be shown by name. */
  people: { id: string; name: string }[];
  /** Every person, organisation and state the article names, with what was decided for each. */
  names: NameDecision[];
}

/** The previews of the usable files and, for every other file, the reason it was refused. */
export interface PreviewResult {
  previews: ArticlePreview[];
  rejected: Rejection[];
}

/** A short stable hash of a text (FNV-1a, 32 bits), so two different articles with one file name get different ids. */
function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The id of an article a person adds: never one the corpus uses, stable for the same name and text. */
export function userArticleId(name: string, text: string): string {
  return `mine-${slugify(documentIdOf(name))}-${hashText(text)}`;
}

/**
 * The texts a new batch could repeat: the person's own articles, and the corpus documents of a
 * similar length (a file of n bytes holds between n/4 and n characters), so that this stays
 * quick and small enough to hand to a worker on a corpus of any size.
 */
export function existingTextsFor(files: RawSource[], base: ViewBundle, collection: Collection): KnownText[] {
  const own = collection.articles.map((a) => ({ text: a.text, label: `your article “${a.name}”` }));
  const near = (length: number) => files.some((f) => length >= f.bytes.length / 4 - 64 && length <= f.bytes.length + 64);
  // A split corpus keeps its texts in body files, so its articles are not compared here.
  const corpus = base.documents
    .filter(hasBody)
    .filter((d) => d.origin !== 'user' && near(d.text.length))
    .map((d) => ({ text: d.text, label: `“${d.title}”` }));
  return [...own, ...corpus];
}

/**
 * Runs the same ingest as `npm run build:data` over new files, against the knowledge file and
 * the person's additions, and says what it found in each one. Files that are not usable
 * articles (binary, empty, too large, no date) or that repeat an article already in the
 * collection are refused with a reason; the rest are previewed. Nothing is stored here. Without
 * the gazetteer only the knowledge file's places are found.
 */
export function previewArticles(
  files: RawSource[],
  existingTexts: KnownText[],
  collection: Collection,
  knowledge: Knowledge,
  now: string = new Date().toISOString(),
  gazetteer?: GazetteerTable,
): PreviewResult {
  const { accepted, rejected } = checkSources(files, existingTexts);
  const fresh = accepted.map((s): UserArticle => ({ id: userArticleId(s.name, s.text), name: s.name, text: s.text, addedAt: now }));
  if (fresh.length === 0) return { previews: [], rejected };
  const extended = extendKnowledge(knowledge, collection.knowledge);
  const { bundle, review } = buildBundle(
    fresh.map((a) => ({ id: a.id, text: a.text })),
    extended,
    gazetteer && indexGazetteer(gazetteer),
  );
  const known = new Set(extended.places.map((p) => p.id));
  const previews = fresh.map((article): ArticlePreview => {
    const document = bundle.documents.find((d) => d.id === article.id)!;
    const mentions = bundle.mentions.filter((m) => m.documentId === article.id);
    const named = new Set(mentions.filter((m) => m.type === 'place').map((m) => m.id));
    const ofDoc = (e: EventRecord) => e.sources.find((s) => s.documentId === article.id);
    const items = review.filter((r) => r.documentId === article.id).map(({ line, message }) => ({ line, message }));
    const unresolved = [...new Set(items.map((r) => /^unresolved name "(.+)"$/.exec(r.message)?.[1]).filter((n): n is string => !!n))];
    const event = bundle.events.find((e) => ofDoc(e)?.role === 'primary');
    const spots = unresolved.map((text) => ({ text, start: Math.max(0, article.text.indexOf(text)) }));
    return {
      article,
      document,
      event,
      referenced: bundle.events.filter((e) => ofDoc(e)?.role === 'referenced'),
      mentions,
      places: bundle.places.filter((p) => named.has(p.id) && !known.has(p.id)),
      review: items,
      unresolved,
      names: nameDecisions(article.text, mentions, bundle.entities, extended, event, spots, article.id),
      people: bundle.entities
        .filter(
          (e) =>
            e.type === 'person' &&
            !knowledge.entities.some((k) => k.id === e.id) &&
            bundle.mentions.some((m) => m.documentId === article.id && m.id === e.id),
        )
        .map(({ id, name }) => ({ id, name })),
    };
  });
  return { previews, rejected };
}
