import { queryOptions } from '@tanstack/react-query';
import { fetchBodyFile } from './bodyFile';
import { BundleError } from './parseBundle';

/** The one query for a body file: read once when an article in it is opened, never stale. */
export function bodyFileQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['body-file', url],
    queryFn: ({ signal }) => fetchBodyFile(url, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: (failureCount, error) => !(error instanceof BundleError) && failureCount < 2,
  });
}
