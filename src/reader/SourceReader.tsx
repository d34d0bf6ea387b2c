import { useEffect, useRef } from 'react';
import type { Bundle, EventRecord } from '../data/bundleSchema';
import { describeBasis, formatEventDate } from '../format/formatEventDate';
import { useAppStoreApi } from '../state/StoreProvider';
import { highlightSegments } from './highlightSegments';

/** Props of the source reader. */
export interface SourceReaderProps {
  bundle: Bundle;
  event: EventRecord;
}

/**
 * The article an event comes from, as text, with the passages that support the event marked.
 * Escape or the close button closes it; focus moves into it when it opens and back after.
 */
export function SourceReader({ bundle, event }: SourceReaderProps) {
  const store = useAppStoreApi();
  const panelRef = useRef<HTMLElement>(null);
  const source = event.sources[0]!;
  const doc = bundle.documents.find((d) => d.id === source.documentId);
  const place = event.placeId ? bundle.places.find((p) => p.id === event.placeId) : undefined;
  const close = () => store.getState().selectEvent(undefined);
  useEffect(() => {
    const returnTo = document.activeElement as HTMLElement | null;
    panelRef.current?.focus();
    panelRef.current?.querySelector('mark')?.scrollIntoView?.({ block: 'center' });
    return () => returnTo?.focus?.();
  }, [event.id]);
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
        <button type="button" className="reader-close" onClick={close} aria-label="Close the source">
          ×
        </button>
        <p className="reader-event">
          <strong>{event.title}</strong>
          <br />
          {formatEventDate(event.date)} · {place?.name ?? 'place not given'}
          {event.date.basis !== 'stated' && <span className="basis"> — {describeBasis(event.date)}</span>}
        </p>
      </div>
      {doc ? (
        <article className="reader-doc">
          <h2>{doc.title}</h2>
          <p className="muted">
            {[doc.publisher, doc.dateline?.text, doc.published ? `published ${doc.published}` : undefined].filter(Boolean).join(' · ') ||
              'No publisher or date line in the text'}
          </p>
          {doc.paragraphs.map((p) => (
            <p key={p.start}>
              {highlightSegments(doc.text, p, source.evidence).map((seg) =>
                seg.marked ? (
                  <mark key={seg.start} className="evidence">
                    {seg.text}
                  </mark>
                ) : (
                  <span key={seg.start}>{seg.text}</span>
                ),
              )}
            </p>
          ))}
        </article>
      ) : (
        <p role="alert">The source document {source.documentId} is not in this collection.</p>
      )}
    </aside>
  );
}
