import { useEffect, useRef, useState } from 'react';
import type { ViewBundle, EventRecord } from '../data/bundleSchema';
import { formatEventDate } from '../format/formatEventDate';
import { useAppStoreApi } from '../state/StoreProvider';
import type { FacetKey } from '../state/viewState';
import { EventFacts } from './EventFacts';
import { EventReports } from './EventReports';
import { ReaderLegend } from './ReaderLegend';
import { SourceText } from '../text/SourceText';
import { useDocumentBody } from './useDocumentBody';

/** Props of the source reader. */
export interface SourceReaderProps {
  bundle: ViewBundle;
  event: EventRecord;
  /** Words of the current search per document, to highlight. */
  searchTerms?: Map<string, string[]>;
}

/**
 * The article an event comes from, as text, with the passages that support the event marked
 * and scrolled into view; tabs switch between an event's sources. Escape or the close button
 * closes it; focus moves into it when it opens and back to where it was after.
 */
export function SourceReader({ bundle, event, searchTerms }: SourceReaderProps) {
  const store = useAppStoreApi();
  const panelRef = useRef<HTMLElement>(null);
  const [tab, setTab] = useState(0);
  const source = event.sources[Math.min(tab, event.sources.length - 1)]!;
  const doc = bundle.documents.find((d) => d.id === source.documentId);
  const body = useDocumentBody(bundle, event.id, source);
  const close = () => store.getState().selectEvent(undefined);
  const onFilter = (key: FacetKey, id: string) => {
    // An actor this event only names would filter the event itself away; counting what is
    // only named keeps it, and the switch in the Actors panel says so.
    if (key === 'actors' && !event.actorIds.includes(id)) store.setState({ actorScope: 'named' });
    if (!store.getState()[key].includes(id)) store.getState().toggleFacet(key, id);
  };
  useEffect(() => setTab(0), [event.id]);
  useEffect(() => {
    const returnTo = document.activeElement as HTMLElement | null;
    panelRef.current?.focus({ preventScroll: true });
    return () => {
      if (returnTo?.isConnected) returnTo.focus({ preventScroll: true });
    };
  }, [event.id]);
  useEffect(() => {
    // Scroll the panel only: scrollIntoView would scroll the whole page too.
    const panel = panelRef.current;
    const first = panel?.querySelector<HTMLElement>('mark.evidence');
    if (!panel || !first) return;
    const offset = first.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
    panel.scrollTop = Math.max(0, offset - panel.clientHeight / 3);
  }, [event.id, tab, body.status]);
  return (
    <aside
      className="reader"
      aria-label="Source"
      ref={panelRef}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          close();
        }
      }}
    >
      <div className="reader-head">
        <p className="reader-event">
          <strong>{event.title}</strong>
          <br />
          <span className="muted">{formatEventDate(event.date)}</span>
        </p>
        <button type="button" className="reader-close" onClick={close} aria-label="Close the source">
          ×
        </button>
      </div>
      <EventFacts bundle={bundle} event={event} doc={body.status === 'ready' ? body.doc : doc} onFilter={onFilter} />
      <EventReports bundle={bundle} event={event} />
      {event.sources.length > 1 && (
        <div role="tablist" aria-label="Sources of this event" className="source-tabs">
          {event.sources.map((s, i) => (
            <button key={s.documentId} type="button" role="tab" aria-selected={i === tab} onClick={() => setTab(i)}>
              {s.role === 'primary' ? 'Reports it' : 'Mentions it'}: {bundle.documents.find((d) => d.id === s.documentId)?.title.slice(0, 40) ?? s.documentId}…
            </button>
          ))}
        </div>
      )}
      {doc ? (
        <article className="reader-doc">
          <h2>{doc.title}</h2>
          {doc.origin === 'user' && <p className="mine-note"><span className="mine-badge">yours</span> An article you added in this browser; remove it under “Add articles”.</p>}
          <p className="muted">
            {[doc.publisher, doc.dateline?.text, doc.published ? `published ${formatEventDate({ start: doc.published, precision: 'day' })}` : undefined]
              .filter(Boolean)
              .join(' · ') || 'The text names no publisher or date of publication.'}
          </p>
          {source.role === 'referenced' && <p className="muted">This article mentions the event in passing; the sentence is marked.</p>}
          {body.status === 'ready' && <ReaderLegend />}
          {body.status === 'ready' && (
            <SourceText bundle={bundle} doc={body.doc} mentions={body.mentions} evidence={body.evidence} searchTerms={searchTerms?.get(doc.id) ?? []} onFilter={onFilter} />
          )}
          {body.status === 'loading' && (
            <p role="status" className="muted">
              Loading the article’s text…
            </p>
          )}
          {body.status === 'error' && (
            <div role="alert">
              <p>{body.message}</p>
              <button type="button" onClick={body.retry}>
                Retry
              </button>
            </div>
          )}
          {body.status === 'missing' && <p role="alert">The text of this article is not in this collection’s files.</p>}
        </article>
      ) : (
        <p role="alert">The source document {source.documentId} is not in this collection.</p>
      )}
    </aside>
  );
}
