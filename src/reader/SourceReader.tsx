import { useRef } from 'react';
import type { ViewBundle, EventRecord, EventSource } from '../data/bundleSchema';
import { formatEventDate } from '../format/formatEventDate';
import { EventFacts } from './EventFacts';
import { EventReports } from './EventReports';
import { ReaderDocument } from './ReaderDocument';
import { useScrollToEvidence } from './useScrollToEvidence';
import { useSourceReaderInput } from './useSourceReaderInput';
import { useSourceReaderModel } from './useSourceReaderModel';

/** Props of the source reader. */
export interface SourceReaderProps {
  bundle: ViewBundle;
  event: EventRecord;
  /** Words of the current search per document, to highlight. */
  searchTerms?: Map<string, string[]>;
}

/** The event's title and date, with the button that closes the reader. */
function ReaderHead({ event, onClose }: { event: EventRecord; onClose: () => void }) {
  return (
    <div className="reader-head">
      <p className="reader-event">
        <strong>{event.title}</strong>
        <br />
        <span className="muted">{formatEventDate(event.date)}</span>
      </p>
      <button type="button" className="reader-close" onClick={onClose} aria-label="Close the source">
        ×
      </button>
    </div>
  );
}

/** Props of the source tabs. */
interface SourceTabsProps {
  sources: EventSource[];
  /** The start of each source's document title. */
  titles: string[];
  tab: number;
  onSelect: (tab: number) => void;
}

/** One tab per source of the event, saying whether it reports the event or only mentions it. */
function SourceTabs({ sources, titles, tab, onSelect }: SourceTabsProps) {
  return (
    <div role="tablist" aria-label="Sources of this event" className="source-tabs">
      {sources.map((s, i) => (
        <button key={s.documentId} type="button" role="tab" aria-selected={i === tab} onClick={() => onSelect(i)}>
          {s.role === 'primary' ? 'Reports it' : 'Mentions it'}: {titles[i]}…
        </button>
      ))}
    </div>
  );
}

/**
 * The article an event comes from, as text, with the passages that support the event marked
 * and scrolled into view; tabs switch between an event's sources. Escape or the close button
 * closes it; focus moves into it when it opens and back to where it was after.
 */
export function SourceReader({ bundle, event, searchTerms }: SourceReaderProps) {
  const panelRef = useRef<HTMLElement>(null);
  const model = useSourceReaderModel(bundle, event, searchTerms);
  const onKeyDown = useSourceReaderInput(panelRef, event.id, model.close);
  useScrollToEvidence(panelRef, event.id, model.tab, model.body.status);
  return (
    <aside className="reader" aria-label="Source" ref={panelRef} tabIndex={-1} onKeyDown={onKeyDown}>
      <ReaderHead event={event} onClose={model.close} />
      <EventFacts bundle={bundle} event={event} doc={model.factsDoc} onFilter={model.onFilter} />
      <EventReports bundle={bundle} event={event} />
      {event.sources.length > 1 && <SourceTabs sources={event.sources} titles={model.tabTitles} tab={model.tab} onSelect={model.setTab} />}
      {model.doc ? (
        <ReaderDocument
          bundle={bundle}
          doc={model.doc}
          source={model.source}
          body={model.body}
          byline={model.byline}
          terms={model.terms}
          onFilter={model.onFilter}
        />
      ) : (
        <p role="alert">The source document {model.source.documentId} is not in this collection.</p>
      )}
    </aside>
  );
}
