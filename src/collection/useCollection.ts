import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { changeCollection, CollectionStorageError, type CollectionChange } from './collectionDb';
import { changeFrom } from './collectionEdits';
import { collectionQueryOptions } from './collectionQuery';
import { collectionSchema, type Collection } from './collectionSchema';

/**
 * Applies a change to the collection and shows the result. Where the collection is kept, the
 * change runs in the storage's transaction against what is stored, so another tab's changes are
 * kept; where it cannot be kept, it changes the tab's copy for the visit and the storage is left alone.
 */
async function applyChange(queryClient: QueryClient, given: Collection | CollectionChange): Promise<Collection> {
  const { queryKey } = collectionQueryOptions();
  const shown = queryClient.getQueryData(queryKey);
  if (!shown) throw new CollectionStorageError('your articles have not been read from this browser yet');
  // A whole collection was made from the copy this tab shows; only what it changes in that copy is applied.
  const change = typeof given === 'function' ? given : changeFrom(shown.collection, given);
  if (shown.unkept) {
    // Set at once rather than after the mutation, so that two quick changes both build on the latest copy.
    const next = collectionSchema.parse(change(shown.collection));
    queryClient.setQueryData(queryKey, { ...shown, collection: next });
    return next;
  }
  const stored = await changeCollection(change);
  queryClient.setQueryData(queryKey, (old) => (old ? { ...old, collection: stored } : { collection: stored }));
  return stored;
}

/**
 * The person's collection and a way to change it: a change is stored before the view shows it,
 * and `save` rejects with a CollectionStorageError when it could not be. `save` takes a change,
 * or a whole collection made from the one shown, whose differences from it are what is applied.
 */
export function useCollection() {
  const queryClient = useQueryClient();
  const query = useQuery(collectionQueryOptions());
  const mutation = useMutation({
    mutationFn: (change: Collection | CollectionChange) => applyChange(queryClient, change),
  });
  return {
    collection: query.data?.collection,
    /** The notice that the person's articles cannot be kept in this browser, and why; undefined while they are kept. */
    unkept: query.data?.unkept,
    loading: query.isPending,
    save: mutation.mutateAsync,
    saving: mutation.isPending,
  };
}
