import { useEffect, useMemo, useRef, useState } from 'react';
import type { ViewBundle } from '../data/bundleSchema';
import { BUNDLE_URL } from '../data/bundleQuery';
import { buildSearchIndex, type SearchResult } from './searchIndex';
import type { SearchRequest, SearchResponse } from './searchProtocol';
import { ownPartOf } from '../collection/ownPart';

/** Above this many events the index is built in a Web Worker. */
export const WORKER_ABOVE = 3000;

/** The state of a search: its result once known, and whether the index is still being built. */
export interface SearchState {
  result?: SearchResult;
  indexing: boolean;
  /** The worker has not yet answered the current query; `result` is the previous answer. */
  pending?: boolean;
  error?: string;
}

/**
 * Searches the bundle for `query`. Small collections are indexed on the main thread on first
 * use; large ones in a Web Worker started right after the first draw, so typing never waits
 * for indexing on the main thread.
 */
export function useSearch(bundle: ViewBundle, query: string): SearchState {
  // A split bundle's texts are in body files, which only the worker reads.
  const useWorker = (bundle.events.length > WORKER_ABOVE || !!bundle.bodies) && typeof Worker !== 'undefined';
  // The local index is built once a query is typed, and kept while it changes.
  const wantsLocal = !useWorker && query !== '';
  const local = useMemo(() => (wantsLocal ? buildSearchIndex(bundle) : undefined), [wantsLocal, bundle]);
  const workerRef = useRef<Worker | undefined>(undefined);
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<string>();
  const [remote, setRemote] = useState<{ query: string; result: SearchResult }>();
  const nextId = useRef(0);
  useEffect(() => {
    if (!useWorker) return;
    const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    workerRef.current = worker;
    worker.onmessage = (e: MessageEvent<SearchResponse>) => {
      const m = e.data;
      if (m.type === 'ready') setReady(true);
      else if (m.type === 'failed') setError(`Search is unavailable: ${m.message}`);
    };
    // The worker reads the corpus itself; the person's own articles, which exist only here, go with the message.
    const init: SearchRequest = { type: 'init', url: new URL(BUNDLE_URL, document.baseURI).href, own: ownPartOf(bundle) };
    worker.postMessage(init);
    return () => worker.terminate();
  }, [useWorker, bundle]);
  useEffect(() => {
    const worker = workerRef.current;
    if (!useWorker || !worker || !query) return;
    const id = ++nextId.current;
    const onResult = (e: MessageEvent<SearchResponse>) => {
      const m = e.data;
      if (m.type !== 'result' || m.id !== id) return;
      setRemote({ query, result: { eventIds: new Set(m.eventIds), termsByDocument: new Map(m.terms) } });
    };
    worker.addEventListener('message', onResult);
    worker.postMessage({ type: 'search', id, query } satisfies SearchRequest);
    return () => worker.removeEventListener('message', onResult);
  }, [useWorker, query]);
  const localResult = useMemo(() => (local && query ? local.search(query) : undefined), [local, query]);
  if (!query) return { indexing: false };
  if (!useWorker) return { result: localResult, indexing: false };
  // While the worker answers the new query, the last answer stays on screen rather than
  // flashing every event.
  return { result: remote?.result, indexing: !ready && !error, pending: remote?.query !== query, error };
}
