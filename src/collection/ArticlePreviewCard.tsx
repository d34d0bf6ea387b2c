import { useMemo } from 'react';
import type { ViewBundle } from '../data/bundleSchema';
import type { Knowledge, KnownEntity } from '../data/knowledgeSchema';
import type { AddedAlias } from './collectionSchema';
import { NameDecisions } from './NameDecisions';
import { describeBasis, formatEventDate } from '../format/formatEventDate';
import { SourceText } from '../text/SourceText';
import type { FacetKey } from '../state/viewState';
import { CorrectionFields } from './CorrectionFields';
import { PublicationDateForm } from './PublicationDateForm';
import type { ArticleCorrection } from './curation';
import type { ArticlePreview } from './previewArticles';

/** Props of one previewed article. */
export interface ArticlePreviewCardProps {
  preview: ArticlePreview;
  /** The bundle in view, for the names of entities, places and topics. */
  bundle: ViewBundle;
  knowledge: Knowledge;
  correction: ArticleCorrection;
  onCorrect: (next: ArticleCorrection) => void;
  /** Called with the publication date a person gives for an article that has none. */
  onPublished: (iso: string) => void;
  /** Called with a person or organisation a person confirms or adds from the names found; resolves with whether it was kept. */
  onAddEntity: (entity: KnownEntity) => Promise<boolean>;
  /** Called with a spelling a person marks as the same as a known entity; resolves with whether it was kept. */
  onAddAlias: (alias: AddedAlias) => Promise<boolean>;
}

/**
 * What the ingest found in one new article before it is added: the event with its date and
 * the words it came from, the warnings, the text with the evidence marked, and fields to
 * correct. Clicking a marked name in the text adds it as an actor, or makes a place the place.
 */
export function ArticlePreviewCard({
  preview,
  bundle,
  knowledge,
  correction,
  onCorrect,
  onPublished,
  onAddEntity,
  onAddAlias,
}: ArticlePreviewCardProps) {
  const { article, document, event, referenced, review } = preview;
  // The preview's mentions, the knowledge's places (a new place included) and the gazetteer's
  // places the article names say what the text marks.
  const places = useMemo(
    () => [...knowledge.places.map(({ id, name, country, lat, lon }) => ({ id, name, country, lat, lon })), ...preview.places],
    [knowledge.places, preview.places],
  );
  const previewBundle = useMemo<ViewBundle>(() => ({ ...bundle, places, mentions: preview.mentions }), [bundle, places, preview.mentions]);
  const place = places.find((p) => p.id === event?.placeId);
  const onText = (key: FacetKey, id: string) => {
    if (key === 'places') onCorrect({ ...correction, placeId: id });
    if (key === 'actors') {
      const actors = correction.actorIds ?? event?.actorIds ?? [];
      onCorrect({ ...correction, actorIds: actors.includes(id) ? actors.filter((a) => a !== id) : [...actors, id] });
    }
  };
  return (
    <article className="article-preview" aria-label={`Preview of ${article.name}`}>
      <h3>{document.title || article.name}</h3>
      {event ? (
        <p className="preview-event">
          Found: <strong>{event.title}</strong>, {formatEventDate(event.date)}
          {place ? ` in ${place.name}` : ', place unknown'} <span className="basis">({describeBasis(event.date)})</span>
        </p>
      ) : (
        <p className="preview-event">No dated event was found; give it a date below or it will not appear on the timeline.</p>
      )}
      {!document.published && <PublicationDateForm name={article.name} onPublished={onPublished} />}
      {referenced.length > 0 && (
        <p className="preview-referenced">Also refers to: {referenced.map((e) => `${e.title} (${formatEventDate(e.date)})`).join('; ')}</p>
      )}
      <ReviewList review={review} />
      <NameDecisions
        names={preview.names}
        knowledge={knowledge}
        documentId={article.id}
        onAddEntity={onAddEntity}
        onAddAlias={onAddAlias}
      />
      <CorrectionFields
        idPrefix={article.id}
        event={event}
        correction={correction}
        knowledge={knowledge}
        places={places}
        people={preview.people}
        onChange={onCorrect}
      />
      <details className="preview-text" open>
        <summary>The article, with the evidence marked</summary>
        {/* The text scrolls on its own, so it must be reachable from the keyboard. */}
        <div className="preview-scroll" tabIndex={0} role="region" aria-label={`Text of ${article.name}`}>
          <SourceText
            bundle={previewBundle}
            doc={document}
            mentions={preview.mentions}
            evidence={event?.sources.find((s) => s.documentId === article.id)?.evidence ?? []}
            searchTerms={[]}
            onFilter={onText}
          />
        </div>
      </details>
    </article>
  );
}

/** What the ingest asks a person to check in one article, by line; nothing when there is nothing. */
function ReviewList({ review }: { review: ArticlePreview['review'] }) {
  if (review.length === 0) return null;
  return (
    <div className="preview-warnings">
      <h4>To review</h4>
      <ul>
        {review.map((r) => (
          <li key={`${r.line}-${r.message}`}>
            line {r.line}: {r.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
