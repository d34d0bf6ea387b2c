import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { bodyFileUrl } from '../data/bodyFile';
import { bodyFileQueryOptions } from '../data/bodyQuery';
import { BUNDLE_URL } from '../data/bundleQuery';
import { hasBody, type DocumentRecord, type Evidence, type EventSource, type Mention, type ViewBundle } from '../data/bundleSchema';

/** A document's text as the reader needs it, or why it is not there yet. */
export type DocumentBodyState =
  | { status: 'ready'; doc: DocumentRecord; mentions: Mention[]; evidence: Evidence[] }
  | { status: 'loading' }
  | { status: 'error'; message: string; retry: () => void }
  | { status: 'missing' };

/**
 * The whole document of one source of event `eventId`, with its mentions and the passages
 * that support the event. A whole bundle has them at hand; a split bundle reads the body file
 * that holds the document the first time one of its articles is opened.
 */
export function useDocumentBody(bundle: ViewBundle, eventId: string, source: EventSource): DocumentBodyState {
  const documentId = source.documentId;
  const entry = useMemo(() => bundle.documents.find((d) => d.id === documentId), [bundle.documents, documentId]);
  const inline = !!entry && hasBody(entry);
  const ref = useMemo(
    () => (entry && !inline ? bundle.bodies?.find((r) => r.documentIds.includes(documentId)) : undefined),
    [entry, inline, bundle.bodies, documentId],
  );
  const file = useQuery({ ...bodyFileQueryOptions(ref ? bodyFileUrl(ref.url, BUNDLE_URL) : ''), enabled: !!ref });
  const inlineMentions = useMemo(
    () => (inline ? bundle.mentions.filter((m) => m.documentId === documentId) : []),
    [inline, bundle.mentions, documentId],
  );
  const { isError, error, data, refetch } = file;
  return useMemo((): DocumentBodyState => {
    if (!entry) return { status: 'missing' };
    if (hasBody(entry)) return { status: 'ready', doc: entry, mentions: inlineMentions, evidence: source.evidence };
    if (!ref) return { status: 'missing' };
    if (isError) return { status: 'error', message: error.message, retry: () => void refetch() };
    if (!data) return { status: 'loading' };
    const body = data.documents.find((d) => d.id === documentId);
    if (!body) return { status: 'missing' };
    const evidence = data.evidence.find((e) => e.eventId === eventId && e.documentId === documentId)?.evidence ?? source.evidence;
    return { status: 'ready', doc: { ...entry, ...body }, mentions: data.mentions.filter((m) => m.documentId === documentId), evidence };
  }, [entry, inlineMentions, ref, isError, error, data, refetch, documentId, eventId, source.evidence]);
}
