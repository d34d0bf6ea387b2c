import { queryOptions } from '@tanstack/react-query';
import { knowledgeSchema, type Knowledge } from '../data/knowledgeSchema';
import { gazetteerSchema, type GazetteerTable } from '../data/gazetteerSchema';
import { fetchJson } from '../data/fetchJson';
import { formatZodError } from '../data/formatZodError';
import { BundleError } from '../data/parseBundle';
import { loadCollection } from './collectionDb';

/** Where `npm run build:data` writes the knowledge it used, beside the bundle. */
export const KNOWLEDGE_URL = 'data/knowledge.json';

/**
 * A dropped connection or a server error is tried once more; a missing, forbidden, broken or
 * invalid file (a BundleError from fetchJson or from the check) is not, as asking again would
 * not help.
 */
const onceUnlessBroken = (failures: number, error: Error) => failures < 1 && !(error instanceof BundleError);

/** Fetches and validates the knowledge file the in-browser ingest needs. */
export async function fetchKnowledge(url: string = KNOWLEDGE_URL, signal?: AbortSignal): Promise<Knowledge> {
  const raw = await fetchJson(url, {
    what: 'The knowledge file',
    signal,
    notFound: `The knowledge file could not be loaded from ${url} (HTTP 404). Build it with "npm run build:data".`,
    notJson: (e) => new BundleError(`The knowledge file at ${url} is not valid JSON (${(e as Error).message}).`),
  });
  const parsed = knowledgeSchema.safeParse(raw);
  if (!parsed.success) throw new BundleError(`The knowledge file at ${url} is invalid: ${formatZodError(parsed.error)}`);
  return parsed.data;
}

/** The knowledge file, loaded once when a person first adds or keeps articles. */
export function knowledgeQueryOptions(url: string = KNOWLEDGE_URL) {
  return queryOptions({
    queryKey: ['knowledge', url],
    queryFn: ({ signal }) => fetchKnowledge(url, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: onceUnlessBroken,
  });
}

/** Where `npm run build:gazetteer` writes the gazetteer table, beside the bundle. */
export const GAZETTEER_URL = 'data/gazetteer.json';

/**
 * Fetches and validates the gazetteer table (about 0.8 MB compressed), which finds the places
 * the knowledge file lacks. Its messages are phrases, not sentences: the form shows them inside
 * its own sentence, "The gazetteer could not be loaded (…)".
 */
export async function fetchGazetteer(url: string = GAZETTEER_URL, signal?: AbortSignal): Promise<GazetteerTable> {
  const raw = await fetchJson(url, {
    what: 'The gazetteer',
    signal,
    failed: (status) => (status === undefined ? `the network request for ${url} failed` : `HTTP ${status} for ${url}`),
    notFound: `HTTP 404 for ${url}; build it with "npm run build:gazetteer"`,
    notJson: (e) => new BundleError(`${url} is not JSON (${(e as Error).message})`),
  });
  const parsed = gazetteerSchema.safeParse(raw);
  if (!parsed.success) throw new BundleError(`${url} is invalid: ${formatZodError(parsed.error)}`);
  return parsed.data;
}

/**
 * The gazetteer table, loaded once and only when the ingest runs in the browser: when a person
 * opens Add articles, or has articles of their own to show. It is data, never part of the
 * page's scripts.
 */
export function gazetteerQueryOptions(url: string = GAZETTEER_URL) {
  return queryOptions({
    queryKey: ['gazetteer', url],
    queryFn: ({ signal }) => fetchGazetteer(url, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: onceUnlessBroken,
  });
}

/** The person's own collection from IndexedDB; it never fails (see `loadCollection`), and is changed through `changeCollection` and then set here. */
export function collectionQueryOptions() {
  return queryOptions({
    queryKey: ['collection'],
    queryFn: loadCollection,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}
