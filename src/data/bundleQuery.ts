import { queryOptions } from '@tanstack/react-query';
import { reportLoadProgress } from './loadProgress';
import { BundleError, notJsonError, parseBundleValue, type ParsedBundle } from './parseBundle';
import { readJson } from './readJson';

/** Where the app finds its bundle, relative to the page so the build works from any folder. */
export const BUNDLE_URL = 'data/bundle.json';

/** Fetches and validates the bundle. Network and HTTP failures become readable messages. */
export async function fetchBundle(url: string = BUNDLE_URL, signal?: AbortSignal): Promise<ParsedBundle> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new Error(`The event bundle could not be loaded from ${url}: the network request failed.`);
  }
  // A server error may pass; a missing or forbidden file will not, so it is not retried.
  if (response.status >= 500) throw new Error(`The event bundle could not be loaded from ${url} (HTTP ${response.status}).`);
  if (!response.ok) {
    throw new BundleError(
      response.status === 404
        ? `The event bundle was not found at ${url}. Build it with "npm run build:data".`
        : `The event bundle could not be loaded from ${url} (HTTP ${response.status}).`,
    );
  }
  let raw: unknown;
  reportLoadProgress(url, { bytes: 0 });
  try {
    raw = await readJson(response, (p) => reportLoadProgress(url, p));
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw notJsonError(e);
  }
  // Let the page paint "Checking N events…" before the check takes the thread: parsing,
  // checking and the first draw are each a long task at 100,000 events, and a frame between
  // them shows the page is still working.
  const events = (raw as { events?: unknown })?.events;
  if (Array.isArray(events) && events.length > YIELD_ABOVE_EVENTS) {
    reportLoadProgress(url, { bytes: 0, checking: events.length });
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return parseBundleValue(raw);
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
