import { useMemo, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ViewBundle } from '../data/bundleSchema';
import { collectionQueryOptions, gazetteerQueryOptions, knowledgeQueryOptions } from './collectionQuery';
import { useCollectionSync } from './useCollectionSync';

/** The bundle to show, or why the person's own articles are missing from it. */
export interface CollectionView {
  /** Undefined while the collection is still being read, so a link to one's own event does not flash as missing. */
  bundle?: ViewBundle;
  /** Why the person's articles could not be added to the view; the corpus is still shown. */
  problem?: string;
  /** The notice that the person's own articles cannot be kept in this browser, and why. */
  unkept?: string;
}

/**
 * The corpus bundle with the person's own articles merged in, recomputed only when either
 * changes, and kept up to date with the changes other tabs store.
 */
export function useCollectionBundle(base: ViewBundle | undefined): CollectionView {
  useCollectionSync();
  const collection = useQuery(collectionQueryOptions());
  const own = collection.data?.collection;
  const unkept = collection.data?.unkept;
  // A person's splits and merges of reports change the view even without articles of their own.
  const hasOwn = (own?.articles.length ?? 0) > 0 || (own?.knowledge.meetingEdits.length ?? 0) > 0;
  const knowledge = useQuery({ ...knowledgeQueryOptions(), enabled: hasOwn });
  // The person's articles are placed as their preview placed them; without the gazetteer they
  // are still shown, with the knowledge file's places only.
  const gazetteer = useQuery({ ...gazetteerQueryOptions(), enabled: hasOwn });
  // The ingest (chrono-node above all) is loaded only by people who have added articles.
  const ingest = useQuery({
    queryKey: ['ingest-module'],
    queryFn: () => import('./buildCollectionBundle'),
    staleTime: Infinity,
    gcTime: Infinity,
    enabled: hasOwn,
  });
  const shown = useRef<ViewBundle | undefined>(undefined);
  const view = useMemo((): CollectionView => {
    if (!base) return {};
    const unshown = (why: string): CollectionView => ({ bundle: base, problem: `Your articles could not be shown: ${why}` });
    if (collection.isPending) return {};
    if (collection.isError) return { bundle: base, problem: collection.error.message };
    if (!hasOwn || !own) return { bundle: base };
    if (knowledge.isError) return unshown(knowledge.error.message);
    if (ingest.isError) return unshown(ingest.error.message);
    if (!knowledge.data || !ingest.data || gazetteer.isPending) return {};
    try {
      return { bundle: ingest.data.buildCollectionBundle(base, own, knowledge.data, gazetteer.data).bundle };
    } catch (e) {
      return unshown((e as Error).message);
    }
  }, [
    base,
    collection.isPending,
    collection.isError,
    collection.error,
    own,
    hasOwn,
    knowledge.isError,
    knowledge.error,
    knowledge.data,
    ingest.isError,
    ingest.error,
    ingest.data,
    gazetteer.isPending,
    gazetteer.data,
  ]);
  // While a changed collection is merged (the first time, the ingest is still loading), or
  // should the collection ever be read again, the views keep showing the previous bundle rather
  // than unmounting and losing their state.
  if (view.bundle) shown.current = view.bundle;
  else if (base && shown.current) return { bundle: shown.current, unkept };
  return view.bundle ? { ...view, unkept } : view;
}
