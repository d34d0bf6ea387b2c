import { useEffect } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { readCollection } from './collectionDb';
import { collectionQueryOptions } from './collectionQuery';
import { onCollectionChange } from './collectionSync';

/** Reads the stored collection again and shows it, unless the tab keeps its own copy for the visit. */
async function showStored(queryClient: QueryClient): Promise<void> {
  const { queryKey } = collectionQueryOptions();
  for (;;) {
    const shown = queryClient.getQueryData(queryKey);
    // Before the first read there is nothing to refresh, and a tab whose articles cannot be kept
    // must not take what storage holds over what the person added during the visit.
    if (!shown || shown.unkept) return;
    let stored;
    try {
      stored = await readCollection();
    } catch {
      // The tab goes on showing what it has; its next change will say what went wrong.
      return;
    }
    // A change this tab stored while the read ran is newer than what was read, so the read is
    // done again rather than shown over it.
    if (queryClient.getQueryData(queryKey) === shown) {
      queryClient.setQueryData(queryKey, { collection: stored });
      return;
    }
  }
}

/** Shows the changes other tabs store in this one, without a reload, for as long as it is mounted. */
export function useCollectionSync(): void {
  const queryClient = useQueryClient();
  useEffect(() => onCollectionChange(() => void showStored(queryClient)), [queryClient]);
}
