import { queryOptions } from '@tanstack/react-query';
import { reportLoadProgress } from './loadProgress';
import { fetchJson } from './fetchJson';
import { BundleError, notJsonError, parseBundleValue, type ParsedBundle } from './parseBundle';

/** Where the app finds its bundle, relative to the page so the build works from any folder. */
export const BUNDLE_URL = 'data/bundle.json';

/** Fetches and validates the bundle. Network and HTTP failures become readable messages. */
export async function fetchBundle(url: string = BUNDLE_URL, signal?: AbortSignal): Promise<ParsedBundle> {
  reportLoadProgress(url, { bytes: 0 });
  const raw = await fetchJson(url, {
    what: 'The event bundle',
    signal,
    onProgress: (p) => reportLoadProgress(url, p),
    notFound: `The event bundle was not found at ${url}. Build it with "npm run build:data".`,
    notJson: notJsonError,
  });
  // Let the page paint "Checking N events…" before the check takes the thread: parsing,
  // checking and the first draw are each a long task at 100,000 events, and a frame between
  // them shows the page is still working.
  const events = eventCountOf(raw);
  if (events > YIELD_ABOVE_EVENTS) {
    reportLoadProgress(url, { bytes: 0, checking: events });
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return parseBundleValue(raw);
}

/** How many events a parsed bundle lists, as objects or as columns; 0 for anything else (the check will say what is wrong). */
function eventCountOf(raw: unknown): number {
  const events = (raw as { events?: unknown } | null)?.events;
  if (Array.isArray(events)) return events.length;
  const ids = (events as { id?: unknown } | null | undefined)?.id;
  return Array.isArray(ids) ? ids.length : 0;
}

/** Above this many events the loader gives the page a frame between reading and checking. */
const YIELD_ABOVE_EVENTS = 5_000;

/** The one query for the bundle: loaded once, never stale, retried only for network trouble. */
export function bundleQueryOptions(url: string = BUNDLE_URL) {
  return queryOptions({
    queryKey: ['bundle', url],
    queryFn: ({ signal }) => fetchBundle(url, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: (failureCount, error) => !(error instanceof BundleError) && failureCount < 2,
    retryDelay: (attempt) => Math.min(400 * 2 ** attempt, 4000),
  });
}
