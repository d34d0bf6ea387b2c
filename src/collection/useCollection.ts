import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { saveCollection } from './collectionDb';
import { collectionQueryOptions } from './collectionQuery';
import type { Collection } from './collectionSchema';

/** The person's collection and a way to change it: every change is stored before the view shows it. */
export function useCollection() {
  const queryClient = useQueryClient();
  const query = useQuery(collectionQueryOptions());
  const mutation = useMutation({
    mutationFn: async (next: Collection) => {
      await saveCollection(next);
      return next;
    },
    onSuccess: (next) => queryClient.setQueryData(collectionQueryOptions().queryKey, next),
  });
  return {
    collection: query.data,
    loading: query.isPending,
    loadError: query.error ?? undefined,
    save: mutation.mutateAsync,
    saving: mutation.isPending,
  };
}
