import { useEffect, useState } from 'react';
import type { DocumentEntry, EventRecord, EventSource, ViewBundle } from '../data/bundleSchema';
import { formatEventDate } from '../format/formatEventDate';
import { useAppStoreApi } from '../state/StoreProvider';
import type { FacetKey } from '../state/viewState';
import { useDocumentBody, type DocumentBodyState } from './useDocumentBody';

/** The reader's state for one event: the open source, its document and its text. */
export interface SourceReaderModel {
  /** The index of the open source tab. */
  tab: number;
  setTab: (tab: number) => void;
  /** The source on the open tab. */
  source: EventSource;
  /** The source's document as the bundle lists it; undefined when the collection lacks it. */
  doc: DocumentEntry | undefined;
  body: DocumentBodyState;
  /** The document the facts read quotations and figures from: the whole text once it is in. */
  factsDoc: DocumentEntry | undefined;
  /** The start of each source's document title, for its tab. */
  tabTitles: string[];
  /** The document's publisher, dateline and date of publication, or a note that it gives none; empty without a document. */
  byline: string;
  /** The words of the current search to highlight in the document. */
  terms: string[];
  close: () => void;
  onFilter: (key: FacetKey, id: string) => void;
}

/** What a document says of where it comes from, on one line. */
function bylineOf(doc: DocumentEntry): string {
  const published = doc.published ? `published ${formatEventDate({ start: doc.published, precision: 'day' })}` : undefined;
  return (
    [doc.publisher, doc.dateline?.text, published].filter(Boolean).join(' · ') || 'The text names no publisher or date of publication.'
  );
}

/** The open source of an event and what the reader shows of it; a new event opens on its first source, since the last event's tabs are not its own. */
export function useSourceReaderModel(
  bundle: ViewBundle,
  event: EventRecord,
  searchTerms: Map<string, string[]> | undefined,
): SourceReaderModel {
  const store = useAppStoreApi();
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
  return {
    tab,
    setTab,
    source,
    doc,
    body,
    factsDoc: body.status === 'ready' ? body.doc : doc,
    tabTitles: event.sources.map((s) => bundle.documents.find((d) => d.id === s.documentId)?.title.slice(0, 40) ?? s.documentId),
    byline: doc ? bylineOf(doc) : '',
    terms: doc ? (searchTerms?.get(doc.id) ?? []) : [],
    close,
    onFilter,
  };
}
